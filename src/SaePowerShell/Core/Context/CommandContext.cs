using SaePowerShell.Core.Credentials.Sources;
using SaePowerShell.Core.Http;

namespace SaePowerShell.Core.Context;

/// <summary>
/// Everything a command's calls need, resolved once on the pipeline thread and immutable after: the client (with its
/// credential source and the account's share of the quota) and where calls go. Workers get this, never the cmdlet.
/// </summary>
internal sealed record CommandContext(SaeClient Client, Locator Locator, ICredentialSource Source);
