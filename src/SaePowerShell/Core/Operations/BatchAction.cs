using SaePowerShell.Core.Api;

namespace SaePowerShell.Core.Operations
{
    /// <summary>A batch operation on the applications of one namespace: the verb users see and the API that does it.</summary>
    internal sealed class BatchAction
    {
        public static readonly BatchAction Start = new BatchAction("Start", "Starting", SaeApi.BatchStartApplications, "CoBatchStartApplication");
        public static readonly BatchAction Stop = new BatchAction("Stop", "Stopping", SaeApi.BatchStopApplications, "CoBatchStopApplication");
        public static readonly BatchAction Restart = new BatchAction("Restart", "Restarting", SaeApi.BatchRestartApplications, "CoRestartApplication");

        private BatchAction(string verb, string presentParticiple, SaeApi api, string changeOrderTypeCode)
        {
            Verb = verb;
            PresentParticiple = presentParticiple;
            Api = api;
            ChangeOrderTypeCode = changeOrderTypeCode;
        }

        /// <summary>The CoTypeCode of the change orders the call creates: how a change order is recognised as this call's.</summary>
        public string ChangeOrderTypeCode { get; }

        public string Verb { get; }

        /// <summary>For progress text: "Starting SAE applications".</summary>
        public string PresentParticiple { get; }

        public SaeApi Api { get; }
    }
}
