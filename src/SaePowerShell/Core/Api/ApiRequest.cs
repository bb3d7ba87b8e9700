using System;
using System.Collections.Generic;
using SaePowerShell.Core.Endpoints;

namespace SaePowerShell.Core.Api;

/// <summary>
/// A call to make: the API, where it goes, and its parameters where the SDK puts them: the query, the path (the v2
/// APIs' {ApplicationId}), or the body (form-encoded or JSON, as the API's BodyType says; or a whole JSON body).
/// </summary>
internal sealed class ApiRequest
{
    private readonly List<KeyValuePair<string, string>> _query = new List<KeyValuePair<string, string>>();
    private readonly List<KeyValuePair<string, object>> _body = new List<KeyValuePair<string, object>>();
    private readonly Dictionary<string, string> _path = new Dictionary<string, string>(StringComparer.Ordinal);
    private readonly List<string> _sensitive = new List<string>();

    public ApiRequest(SaeApi api, ServiceLocation location)
    {
        Api = api;
        Location = location;
    }

    public SaeApi Api { get; }

    public ServiceLocation Location { get; }

    public IReadOnlyList<KeyValuePair<string, string>> Query => _query;

    /// <summary>Body parameters with their values as typed (a JSON body keeps numbers and booleans as such).</summary>
    public IReadOnlyList<KeyValuePair<string, object>> Body => _body;

    /// <summary>The whole JSON body of a v2 API, when one was given.</summary>
    public string? WholeBody { get; private set; }

    public IReadOnlyDictionary<string, string> PathParameters => _path;

    /// <summary>The namespace and apps the call is about, for messages; not sent unless also added as parameters.</summary>
    public string? NamespaceId { get; set; }

    public IReadOnlyList<string> AppIds { get; set; } = Array.Empty<string>();

    /// <summary>What the call acts on, for confirmations and "outcome unknown"; when not set, its applications.</summary>
    public CallTarget? Target { get; set; }

    /// <summary>
    /// Values the request carries that must never be written (a secret's data): whatever SAE sends back is cleared of
    /// them, in every encoding, before it reaches a message.
    /// </summary>
    public IReadOnlyList<string> Sensitive => _sensitive;

    /// <summary>Adds values to <see cref="Sensitive"/>.</summary>
    public ApiRequest WithSensitive(IEnumerable<string> values)
    {
        _sensitive.AddRange(values);
        return this;
    }

    /// <summary>The call's target: <see cref="Target"/>, else the namespace's applications it names.</summary>
    public CallTarget TargetOrApplications => Target ?? CallTarget.Applications(NamespaceId, AppIds);

    /// <summary>"Outcome unknown" for this call, sent at <paramref name="sentAt"/> with <paramref name="nonce"/>.</summary>
    public SaeOutcomeUnknownException OutcomeUnknown(string nonce, string reason, SaeErrorCategory category, DateTimeOffset sentAt, Exception? inner)
    {
        CallTarget target = TargetOrApplications;
        return new SaeOutcomeUnknownException(Api.Action, target.Description, target.HowToCheck(Location), nonce, reason, category, sentAt, inner) { NamespaceId = NamespaceId, AppIds = AppIds };
    }

    /// <summary>Names the applications the call is about (its messages and outcome check); sends nothing.</summary>
    public ApiRequest About(IReadOnlyList<string> appIds)
    {
        AppIds = appIds;
        return this;
    }

    /// <summary>Names the one application a single-application change is about.</summary>
    public ApiRequest About(string appId) => About(new[] { appId });

    /// <summary>Adds a parameter; null and empty values are left out because the two signature schemes' SDKs disagree on how to sign them.</summary>
    public ApiRequest With(string name, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            _query.Add(new KeyValuePair<string, string>(name, value!));
        }

        return this;
    }

    public ApiRequest WithBody(string name, object value)
    {
        _body.Add(new KeyValuePair<string, object>(name, value));
        return this;
    }

    public ApiRequest WithWholeBody(string json)
    {
        WholeBody = json;
        return this;
    }

    public ApiRequest WithPath(string name, string value)
    {
        _path[name] = value;
        return this;
    }

    /// <summary>Every value the request carries, wherever it goes, for the checks made before signing.</summary>
    public IEnumerable<KeyValuePair<string, string>> AllValues()
    {
        foreach (KeyValuePair<string, string> pair in _query)
        {
            yield return pair;
        }

        foreach (KeyValuePair<string, string> pair in _path)
        {
            yield return pair;
        }

        foreach (KeyValuePair<string, object> pair in _body)
        {
            yield return new KeyValuePair<string, string>(pair.Key, ParameterText.Of(pair.Value));
        }

        if (WholeBody != null)
        {
            yield return new KeyValuePair<string, string>("body", WholeBody);
        }
    }
}
