using System.IO;
using System.Threading.Tasks;
using System.Threading;
using System;
using SaePowerShell.Core.Credentials.Sts;
using SaePowerShell.Core.Diagnostics;
using SaePowerShell.Core.Time;

namespace SaePowerShell.Core.Credentials.Sources;

/// <summary>
/// A RAM role assumed with STS AssumeRoleWithOIDC, proving identity with an OIDC token read from a file (as in
/// Kubernetes' RRSA). The file is read again at each refresh, since the platform rotates it.
/// </summary>
internal sealed class OidcRoleSource : RefreshingCredentialSource
{
    private readonly RoleRequest _role;
    private readonly string _providerArn;
    private readonly string _tokenFile;
    private readonly StsClient _sts;

    public OidcRoleSource(RoleRequest role, string providerArn, string tokenFile, StsClient sts, string where)
        : base(SystemClock.Instance)
    {
        _role = role;
        _providerArn = providerArn;
        _tokenFile = tokenFile;
        _sts = sts;
        Description = "role " + role.RoleArn + " assumed with the OIDC token in " + tokenFile + " (" + where + ")";
    }

    public override string Description { get; }

    public override string AccountKey => _role.RoleArn;

    public override string CacheKey => Description + "|" + _providerArn + "|" + _sts.Endpoint + "|" + _role.DurationSeconds;

    protected override Task<SaeCredential> FetchAsync(CancellationToken cancellationToken)
    {
        string token;
        try
        {
            token = File.ReadAllText(_tokenFile).Trim();
        }
        catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException)
        {
            throw new SaeConfigurationException("OidcTokenFileUnreadable", "The OIDC token file " + _tokenFile + " could not be read: " + ex.Message);
        }

        if (token.Length == 0)
        {
            throw new SaeConfigurationException("OidcTokenFileUnreadable", "The OIDC token file " + _tokenFile + " is empty.");
        }

        return _sts.AssumeRoleWithOidcAsync(_role, _providerArn, token, Description, cancellationToken);
    }
}
