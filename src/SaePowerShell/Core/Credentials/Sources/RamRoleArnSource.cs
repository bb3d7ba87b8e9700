using System.Threading.Tasks;
using System.Threading;
using SaePowerShell.Core.Credentials.Sts;
using SaePowerShell.Core.Diagnostics;
using SaePowerShell.Core.Time;

namespace SaePowerShell.Core.Credentials.Sources;

/// <summary>A RAM role assumed with STS AssumeRole, signed by another credential (a profile's keys, or a chain of roles).</summary>
internal sealed class RamRoleArnSource : RefreshingCredentialSource
{
    private readonly ICredentialSource _caller;
    private readonly RoleRequest _role;
    private readonly StsClient _sts;

    public RamRoleArnSource(ICredentialSource caller, RoleRequest role, StsClient sts, string where)
        : base(SystemClock.Instance)
    {
        _caller = caller;
        _role = role;
        _sts = sts;
        Description = "role " + role.RoleArn + " assumed with " + caller.Description + " (" + where + ")";
    }

    public override string Description { get; }

    public override string AccountKey => _role.RoleArn;

    /// <summary>The same role through another key or STS endpoint is another source.</summary>
    /// <summary>The role's temporary credential, and the caller's own secret with it.</summary>
    public override void Forget()
    {
        base.Forget();
        _caller.Forget();
    }

    public override string CacheKey => Description + "|" + _caller.AccountKey + "|" + _sts.Endpoint + "|" + _role.SessionName + "|" + _role.DurationSeconds + "|" + _role.Policy;

    protected override async Task<SaeCredential> FetchAsync(CancellationToken cancellationToken)
    {
        SaeCredential caller = await _caller.GetAsync(cancellationToken).ConfigureAwait(false);
        return await _sts.AssumeRoleAsync(caller, _role, Description, cancellationToken).ConfigureAwait(false);
    }
}
