using System;
using System.Collections.Generic;

namespace SaePowerShell;

// The properties that are SAE's response fields, and their parser, are generated from data/sae-cmdlets.json (records).
// SecretData is not one of them: the values stay off the object unless Get-SaeSecret -AsPlainText asks for them.
public sealed partial class SaeSecret : Core.Api.INamespacedRecord
{
    /// <summary>The region of the namespace.</summary>
    public string RegionId { get; set; } = string.Empty;

    /// <summary>The names of the keys, in order (never their values). Empty when only listed (ListSecrets has no data).</summary>
    public IReadOnlyList<string> Keys { get; set; } = Array.Empty<string>();

    /// <summary>The values, decoded, by key: only from Get-SaeSecret -AsPlainText; otherwise null.</summary>
    public IReadOnlyDictionary<string, string>? Data { get; set; }

    /// <summary>SecretData as DescribeSecret answered it (base64 values), for a read-back; never shown.</summary>
    internal IReadOnlyDictionary<string, string>? Encoded { get; set; }

    /// <inheritdoc />
    public override string ToString() => NamespaceId + "/" + Name;
}

// The properties, and the parser, are generated from data/sae-cmdlets.json (records).
public sealed partial class SaeSecretUser
{
    /// <inheritdoc />
    public override string ToString() => AppName ?? AppId;
}
