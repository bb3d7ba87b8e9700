using System;
using System.Collections.Generic;
using System.Linq;

namespace SaePowerShell;

// The properties that are SAE's response fields, and their parser, are generated from data/sae-cmdlets.json (records).
public sealed partial class SaeConfigMap : Core.Api.INamespacedRecord
{
    /// <summary>The region of the namespace.</summary>
    public string RegionId { get; set; } = string.Empty;

    /// <summary>The keys, in order: what the table view shows of the data.</summary>
    public IReadOnlyList<string> Keys => Data.Keys.OrderBy(k => k, StringComparer.Ordinal).ToList();

    /// <inheritdoc />
    public override string ToString() => NamespaceId + "/" + Name;
}

// The properties, and the parser, are generated from data/sae-cmdlets.json (records).
public sealed partial class SaeConfigMapUser
{
    /// <inheritdoc />
    public override string ToString() => AppName ?? AppId;
}
