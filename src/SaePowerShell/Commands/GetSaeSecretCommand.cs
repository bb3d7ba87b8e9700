using System.Linq;
using SaePowerShell.Commands.Secrets;
using SaePowerShell.Core.Api;
using SaePowerShell.Core.Endpoints;

namespace SaePowerShell.Commands;

// The declaration (parameters, help) is generated from data/sae-cmdlets.json; this is the behaviour.
public sealed partial class GetSaeSecretCommand
{
    /// <inheritdoc />
    internal override void ProcessInput()
    {
        var finder = SecretFinder.For(this);
        if (!finder.TryLocate(NamespaceId, (object?)SecretId ?? NamespaceId!, out ServiceLocation location))
        {
            return;
        }

        // ListSecrets has no data, so the keys shown come from one DescribeSecret per secret written, and only those.
        long[] ids = ParameterSetName == "Id" ? new[] { SecretId!.Value } : (finder.Matching(NamespaceId!, Name) ?? new SaeSecret[0]).Select(s => s.SecretId).ToArray();
        foreach (long id in ids)
        {
            if (finder.ById(location, id, NamespaceId) is SaeSecret secret)
            {
                if (AsPlainText)
                {
                    secret.Data = secret.Encoded!.ToDictionary(p => p.Key, p => SecretPayload.Decode(p.Value) ?? p.Value);
                }

                WriteObject(secret);
            }
        }
    }
}
