using System.Net.Http;
using System.Threading.Tasks;
using System.Threading;
using System;
using SaePowerShell.Core.Diagnostics;
using SaePowerShell.Core.Http;
using SaePowerShell.Core.Time;

namespace SaePowerShell.Core.Credentials.Sources;

/// <summary>Credentials served by a URL (ALIBABA_CLOUD_CREDENTIALS_URI), as the SDKs read them: Code "Success" and the keys.</summary>
internal sealed class CredentialsUriSource : RefreshingCredentialSource
{
    public const string Variable = SaeEnvironmentVariables.CredentialsUri;
    private static readonly TimeSpan CallTimeout = TimeSpan.FromSeconds(5);

    private readonly Uri _uri;

    public CredentialsUriSource(Uri uri)
        : base(SystemClock.Instance)
    {
        _uri = uri;
        Description = "the credentials URI " + uri.GetLeftPart(UriPartial.Path) + " (" + Variable + ")";
    }

    public override string Description { get; }

    public override string AccountKey => "uri:" + _uri.GetLeftPart(UriPartial.Path);

    /// <summary>The whole URI, query included: ?role=admin and ?role=readonly are different credentials, never one cached for the other.</summary>
    public override string CacheKey => _uri.AbsoluteUri;

    protected override async Task<SaeCredential> FetchAsync(CancellationToken cancellationToken)
    {
        HttpAnswer answer;
        using (var request = new HttpRequestMessage(HttpMethod.Get, _uri))
        {
            try
            {
                answer = await BoundedHttp.SendAndReadAsync(SharedHttp.Client, request, CallTimeout, BoundedHttp.CredentialAnswerLimit, cancellationToken).ConfigureAwait(false);
            }
            catch (AnswerTooLargeException ex)
            {
                throw new SaeConfigurationException("CredentialsUriAnswerTooLarge", Description + " answered with more than " + BoundedHttp.Describe(ex.Limit) + "; it was not read.");
            }
            catch (Exception ex) when (ex is DeadlineExceededException || Retry.TransportFailures.IsTransport(ex))
            {
                throw new SaeConfigurationException("CredentialsUriUnreachable", Description + " could not be reached: " + ex.Message);
            }
        }

        if (answer.Status < 200 || answer.Status >= 300)
        {
            throw new SaeConfigurationException("CredentialsUriFailed", Description + " answered HTTP " + answer.Status + ".");
        }

        return CredentialDocument.Read(answer.Body, Description, "CredentialsUriInvalid");
    }

}
