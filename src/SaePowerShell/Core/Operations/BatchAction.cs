using SaePowerShell.Core.Api;

namespace SaePowerShell.Core.Operations
{
    /// <summary>A batch operation on the applications of one namespace: the verb users see and the API that does it.</summary>
    internal sealed class BatchAction
    {
        public static readonly BatchAction Start = new BatchAction("Start", "Starting", SaeApi.BatchStartApplications);
        public static readonly BatchAction Stop = new BatchAction("Stop", "Stopping", SaeApi.BatchStopApplications);
        public static readonly BatchAction Restart = new BatchAction("Restart", "Restarting", SaeApi.BatchRestartApplications);

        private BatchAction(string verb, string presentParticiple, SaeApi api)
        {
            Verb = verb;
            PresentParticiple = presentParticiple;
            Api = api;
        }

        public string Verb { get; }

        /// <summary>For progress text: "Starting SAE applications".</summary>
        public string PresentParticiple { get; }

        public SaeApi Api { get; }
    }
}
