using System;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using SaePowerShell.Core.Context;
using SaePowerShell.Core.Outcome;

namespace SaePowerShell.Commands;

/// <summary>
/// <para type="synopsis">Confirms the next batch of SAE change orders that wait for it (a manual release), so the release goes on.</para>
/// <para type="description">Resume-SaeChangeOrder goes on with a release in batches whose release type is manual: after each batch, SAE waits (status WaitingBatchConfirm) until someone confirms the next. For each change order it calls DescribeChangeOrder to find the batch that waits, then ConfirmPipelineBatch on it. A change order that waits for nothing is one error that says what it is doing instead. Confirming names the batch, so it can never start another: when an answer is lost or refused, the change order is read again, and a batch that has moved on counts as confirmed. It asks for confirmation with -Confirm or -WhatIf. It writes each change order as SAE describes it after the confirm; with -Wait it waits until it finishes, or stops at its next batch.</para>
/// </summary>
/// <example>
/// <code>$order = Get-SaeApplication cn-hangzhou:demo -Name web-frontend | Deploy-SaeApplication -ImageUrl registry.cn-hangzhou.aliyuncs.com/demo/web:2.0 -BatchCount 2 -ReleaseType Manual -Wait
/// $order | Resume-SaeChangeOrder -Wait</code>
/// <para>Deploys in two batches; after the first, the release waits; Resume-SaeChangeOrder releases the second and waits until the deploy has succeeded.</para>
/// </example>
/// <example>
/// <code>Resume-SaeChangeOrder -ChangeOrderId 01db03d3-3ee9-48b3-b3d0-dfce2d880000 -NamespaceId cn-hangzhou:demo</code>
/// <para>Confirms the next batch of one change order by id.</para>
/// </example>
[Cmdlet(VerbsLifecycle.Resume, "SaeChangeOrder", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium, DefaultParameterSetName = InputObjectSet,
    HelpUri = "https://github.com/saepowershell/SaePowerShell/blob/main/docs/cmdlets/Resume-SaeChangeOrder.md")]
[OutputType(typeof(SaeChangeOrder))]
public sealed class ResumeSaeChangeOrderCommand : SaeChangeOrderActionCommandBase
{
    internal override string ActionText => "Confirm the next batch";

    internal override string Activity => "Confirming the next batch of SAE change orders";

    internal override string CouldNot(string changeOrderId) => "Could not confirm the next batch of change order " + changeOrderId;

    internal override Func<CommandContext, SaeChangeOrder, CancellationToken, Task<SaeChangeOrder>> Action(bool describeAfter) =>
        (context, order, token) => ResumeAsync(context, order, describeAfter, token);

    private static async Task<SaeChangeOrder> ResumeAsync(CommandContext context, SaeChangeOrder order, bool describeAfter, CancellationToken cancellationToken)
    {
        var location = context.Locator.Locate(order.NamespaceId, order.RegionId);
        SaeChangeOrder resumed = await ChangeOrderControl.ResumeAsync(context.Client, order, location, cancellationToken).ConfigureAwait(false);
        return describeAfter ? await ChangeOrderControl.DescribeAsync(context.Client, resumed, location, cancellationToken).ConfigureAwait(false) : resumed;
    }
}
