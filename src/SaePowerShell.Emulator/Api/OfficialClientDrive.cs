namespace SaePowerShell.Emulator.Api;

/// <summary>
/// Alibaba's official client that a test drives the emulator with (tests/OfficialClient: drive-emulator.js and the
/// APIs its apis.json lists), so docs/emulator-coverage.md can say which APIs it drives. <see cref="Client"/> names the
/// package and its version, e.g. <c>@alicloud/openapi-core 1.0.8</c>.
/// </summary>
public sealed record OfficialClientDrive(string Client, IReadOnlySet<string> Apis);
