using System;
using System.Globalization;
using System.Threading;
using System.Threading.Tasks;
using SaePowerShell.Core.Batching;
using SaePowerShell.Core.Endpoints;
using SaePowerShell.Core.Http;

namespace SaePowerShell.Core.Operations
{
    /// <summary>
    /// After a batch call got no answer, finds out from the first application's last change order whether the call took
    /// effect. It errs towards "unknown": a wrong "did not" would start applications twice, a wrong "unknown" only asks
    /// the user to look.
    /// </summary>
    internal static class OutcomeCheck
    {
        /// <summary>How far SAE's clock and ours may disagree for a change order to count as created by our call.</summary>
        public static readonly TimeSpan Tolerance = TimeSpan.FromMinutes(2);

        /// <summary>Older than any misreading of SAE's time zone could make it: certainly not our call's.</summary>
        public static readonly TimeSpan CertainlyOlder = TimeSpan.FromHours(14);

        /// <summary>SAE's CreateTime has no zone; the emulator and, as far as is known, SAE write China Standard Time.</summary>
        private static readonly TimeSpan ChinaStandardTime = TimeSpan.FromHours(8);

        public static async Task<OutcomeVerdict> ResolveAsync(SaeClient client, BatchAction action, BatchGroup group, ServiceLocation location, DateTimeOffset sentAt, CancellationToken cancellationToken)
        {
            if (group.AppIds.Count == 0)
            {
                return OutcomeVerdict.Unknown(null);
            }

            string appId = group.AppIds[0];
            try
            {
                var statusResponse = await client.SendAsync(ApplicationStatusOperation.Request(location, appId, group.NamespaceId), cancellationToken).ConfigureAwait(false);
                SaeApplicationStatus status = ApplicationStatusOperation.Parse(statusResponse, appId, group.NamespaceId, location);
                if (status.LastChangeOrderId is null)
                {
                    return OutcomeVerdict.DidNotTakeEffect("application " + appId + " has no change order");
                }

                var orderResponse = await client.SendAsync(ChangeOrderOperations.Describe(location, status.LastChangeOrderId, group.NamespaceId), cancellationToken).ConfigureAwait(false);
                SaeChangeOrder last = ChangeOrderOperations.ParseDescribe(orderResponse, null, location);
                return Judge(action, last, status.LastChangeOrderRunning, sentAt);
            }
            catch (SaeServiceException ex)
            {
                return OutcomeVerdict.Unknown("looking it up failed: " + ex.Code);
            }
        }

        internal static OutcomeVerdict Judge(BatchAction action, SaeChangeOrder last, bool lastIsRunning, DateTimeOffset sentAt)
        {
            DateTimeOffset? created = ParseCreateTime(last.CreateTime);
            bool ours = string.Equals(last.CoTypeCode, action.ChangeOrderTypeCode, StringComparison.Ordinal);
            if (ours && (lastIsRunning || (created.HasValue && (created.Value - sentAt).Duration() <= Tolerance)))
            {
                return OutcomeVerdict.TookEffect(last);
            }

            if (created.HasValue && created.Value < sentAt - CertainlyOlder)
            {
                return OutcomeVerdict.DidNotTakeEffect("the last change order of application " + last.AppId + " is from " + last.CreateTime);
            }

            return OutcomeVerdict.Unknown("the last change order (" + last.ChangeOrderId + ", " + (last.CoTypeCode ?? "no type") + ", " + (last.CreateTime ?? "no time") + ") neither proves nor rules it out");
        }

        private static DateTimeOffset? ParseCreateTime(string? text) =>
            DateTime.TryParseExact(text, "yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture, DateTimeStyles.None, out DateTime local)
                ? new DateTimeOffset(local, ChinaStandardTime)
                : (DateTimeOffset?)null;
    }
}
