namespace SaePowerShell.Emulator.World;

/// <summary>
/// A CLB (SLB) instance bound to an application on one side, Internet or Intranet (BindSlb): its id, its address,
/// how it is charged, whether SAE bought it (no id given) and its listeners. Replaced whole, never edited in place.
/// </summary>
internal sealed record SlbBinding(string SlbId, string Ip, string ChargeType, bool CreatedBySae, IReadOnlyList<SlbListener> Listeners);

/// <summary>One listener of a bound SLB: a port forwarded to the application's TargetPort over Protocol (TCP, UDP, HTTP, HTTPS).</summary>
internal sealed record SlbListener(int Port, int TargetPort, string Protocol, string HttpsCertId, string HttpsCaCertId, DateTimeOffset CreatedAt);
