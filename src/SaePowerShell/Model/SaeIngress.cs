using System.Collections.Generic;
using System.Linq;

namespace SaePowerShell;

// The properties that are SAE's response fields, and their parser, are generated from data/sae-cmdlets.json (records).
public sealed partial class SaeIngress : Core.Api.INamespacedRecord
{
    /// <summary>The region of the namespace.</summary>
    public string RegionId { get; set; } = string.Empty;

    /// <summary>
    /// Where requests that match no rule go. A single object in SAE's answer, which the table's records (lists only)
    /// cannot type, so it is read here (<see cref="Core.Api.IngressCalls"/>).
    /// </summary>
    public SaeIngressRule? DefaultRule { get; set; }

    /// <summary>The domains of the rules, in order and once each: what the table view shows of them.</summary>
    public IReadOnlyList<string> Domains => Rules.Select(r => r.Domain).OfType<string>().Distinct().ToList();

    /// <inheritdoc />
    public override string ToString() => NamespaceId + "/" + Name;
}

// The properties, and the parser, are generated from data/sae-cmdlets.json (records).
public sealed partial class SaeIngressRule
{
    /// <inheritdoc />
    public override string ToString() => (Domain ?? "*") + (Path ?? string.Empty) + " -> " + (AppName ?? AppId) + ":" + ContainerPort.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
