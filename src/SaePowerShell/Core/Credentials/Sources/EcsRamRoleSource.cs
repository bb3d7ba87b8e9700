using System.Net.Http;
using System.Threading.Tasks;
using System.Threading;
using System;
using SaePowerShell.Core.Credentials.Sts;
using SaePowerShell.Core.Diagnostics;
using SaePowerShell.Core.Http;
using SaePowerShell.Core.Time;

namespace SaePowerShell.Core.Credentials.Sources;

/// <summary>
/// The RAM role of the ECS instance this runs on, from the instance metadata service: an IMDSv2 session token first,
/// then (unless ALIBABA_CLOUD_IMDSV1_DISABLED=true) the plain v1 request if v2 is not answered.
/// </summary>
internal sealed class EcsRamRoleSource : RefreshingCredentialSource
{
    /// <summary>Where the metadata service is; SAE_POWERSHELL_METADATA_ENDPOINT moves it (the emulator serves a stand-in).</summary>
    public const string EndpointVariable = SaeEnvironmentVariables.MetadataEndpoint;
    public static readonly Uri DefaultEndpoint = new Uri("http://100.100.100.200/");

    private static readonly TimeSpan CallTimeout = TimeSpan.FromSeconds(2);
    private const string TokenPath = "latest/api/token";
    private const string CredentialsPath = "latest/meta-data/ram/security-credentials/";

    private readonly string? _roleName;
    private readonly Uri _endpoint;
    private readonly bool _v1Disabled;
    private readonly HttpMessageInvoker _http;

    public EcsRamRoleSource(string? roleName, Uri endpoint, bool v1Disabled, string where)
        : base(SystemClock.Instance)
    {
        _roleName = string.IsNullOrWhiteSpace(roleName) ? null : roleName;
        _endpoint = endpoint.AbsoluteUri.EndsWith("/", StringComparison.Ordinal) ? endpoint : new Uri(endpoint.AbsoluteUri + "/");
        _v1Disabled = v1Disabled;
        _http = SharedHttp.Client;
        Description = "the ECS instance RAM role" + (_roleName is null ? string.Empty : " " + _roleName) + " from instance metadata at " + _endpoint.GetLeftPart(UriPartial.Authority) + " (" + where + ")";
    }

    public override string Description { get; }

    public override string AccountKey => "ecs:" + (_roleName ?? _endpoint.ToString());

    protected override async Task<SaeCredential> FetchAsync(CancellationToken cancellationToken)
    {
        string? token = await SessionTokenAsync(cancellationToken).ConfigureAwait(false);
        string role = _roleName ?? (await GetAsync(CredentialsPath, token, cancellationToken).ConfigureAwait(false)).Trim().Split('\n')[0].Trim();
        string body = await GetAsync(CredentialsPath + Uri.EscapeDataString(role), token, cancellationToken).ConfigureAwait(false);
        return CredentialDocument.Read(body, Description, "MetadataAnswerInvalid");
    }

    private async Task<string?> SessionTokenAsync(CancellationToken cancellationToken)
    {
        var request = new HttpRequestMessage(HttpMethod.Put, new Uri(_endpoint, TokenPath));
        request.Headers.TryAddWithoutValidation("X-aliyun-ecs-metadata-token-ttl-seconds", "21600");
        try
        {
            return await SendAsync(request, cancellationToken).ConfigureAwait(false);
        }
        catch (SaeConfigurationException) when (!_v1Disabled)
        {
            return null;
        }
    }

    private Task<string> GetAsync(string path, string? token, CancellationToken cancellationToken)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, new Uri(_endpoint, path));
        if (token != null)
        {
            request.Headers.TryAddWithoutValidation("X-aliyun-ecs-metadata-token", token);
        }

        return SendAsync(request, cancellationToken);
    }

    private async Task<string> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        using (request)
        {
            HttpAnswer answer;
            try
            {
                answer = await BoundedHttp.SendAndReadAsync(_http, request, CallTimeout, BoundedHttp.CredentialAnswerLimit, cancellationToken).ConfigureAwait(false);
            }
            catch (AnswerTooLargeException ex)
            {
                throw new SaeConfigurationException("MetadataAnswerTooLarge", "The instance metadata service answered " + request.Method + " " + request.RequestUri!.AbsolutePath + " with more than " + BoundedHttp.Describe(ex.Limit) + "; it was not read.");
            }
            catch (Exception ex) when (ex is DeadlineExceededException || Retry.TransportFailures.IsTransport(ex))
            {
                throw new SaeConfigurationException("MetadataUnreachable", "The instance metadata service at " + _endpoint.GetLeftPart(UriPartial.Authority)
                    + " could not be reached (is this an ECS instance?); set " + SaeEnvironmentVariables.EcsMetadataDisabled + "=true to skip it. " + ex.Message);
            }

            if (answer.Status < 200 || answer.Status >= 300)
            {
                throw new SaeConfigurationException("MetadataUnavailable", "The instance metadata service answered HTTP " + answer.Status + " to " + request.Method + " " + request.RequestUri!.AbsolutePath + ".");
            }

            return answer.Body;
        }
    }

}
