using System;
using System.Collections.Generic;
using SaePowerShell.Core.Endpoints;

namespace SaePowerShell.Core.Api;

/// <summary>A call to make: the API, where it goes, and its query parameters (SAE takes every parameter in the query).</summary>
internal sealed class ApiRequest
{
    private readonly List<KeyValuePair<string, string>> _query = new List<KeyValuePair<string, string>>();

    public ApiRequest(SaeApi api, ServiceLocation location)
    {
        Api = api;
        Location = location;
    }

    public SaeApi Api { get; }

    public ServiceLocation Location { get; }

    public IReadOnlyList<KeyValuePair<string, string>> Query => _query;

    /// <summary>The namespace and apps the call is about, for messages; not sent unless also added as parameters.</summary>
    public string? NamespaceId { get; set; }

    public IReadOnlyList<string> AppIds { get; set; } = Array.Empty<string>();

    /// <summary>Adds a parameter; null and empty values are left out because the two signature schemes' SDKs disagree on how to sign them.</summary>
    public ApiRequest With(string name, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            _query.Add(new KeyValuePair<string, string>(name, value!));
        }

        return this;
    }
}
