namespace SaePowerShell.Core.Credentials
{
    /// <summary>An AccessKey pair, optionally with an STS security token, and where it came from.</summary>
    internal sealed class SaeCredential
    {
        public SaeCredential(string accessKeyId, string accessKeySecret, string? securityToken, string source, System.DateTimeOffset? expiration = null)
        {
            AccessKeyId = accessKeyId;
            AccessKeySecret = accessKeySecret;
            SecurityToken = securityToken;
            Source = source;
            Expiration = expiration;
        }

        /// <summary>When temporary credentials stop working; null for a permanent AccessKey.</summary>
        public System.DateTimeOffset? Expiration { get; }

        public string AccessKeyId { get; }

        public string AccessKeySecret { get; }

        public string? SecurityToken { get; }

        /// <summary>Where the credential came from, in words fit for -Verbose.</summary>
        public string Source { get; }

        public string MaskedAccessKeyId => Mask(AccessKeyId);

        /// <summary>Never the secret or the token: this string may end up in logs and transcripts.</summary>
        public override string ToString() => MaskedAccessKeyId + (SecurityToken is null ? string.Empty : " (STS)") + " from " + Source;

        internal static string Mask(string accessKeyId) =>
            accessKeyId.Length <= 8 ? new string('*', accessKeyId.Length) : accessKeyId.Substring(0, 4) + new string('*', accessKeyId.Length - 8) + accessKeyId.Substring(accessKeyId.Length - 4);
    }
}
