using System.Management.Automation;
using SaePowerShell.Core.Operations;

namespace SaePowerShell.Commands
{
    /// <summary>
    /// <para type="synopsis">Starts SAE applications, with one BatchStartApplications call per namespace.</para>
    /// <para type="description">Start-SaeApplication starts Serverless App Engine applications. It takes application objects from the pipeline (Get-SaeApplication output, or any object or hashtable with AppId and NamespaceId) or application ids with -NamespaceId, asks for confirmation per application when -Confirm or -WhatIf is given, then groups the applications by namespace and makes one BatchStartApplications call per namespace, several at a time (-ThrottleLimit). It writes one SaeChangeOrder per call. A call that fails becomes one non-terminating error per application in it, whose ErrorId is SAE's error code; the other namespaces go on. Every application given comes out in exactly one change order or one error.</para>
    /// </summary>
    [Cmdlet(VerbsLifecycle.Start, "SaeApplication", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium, DefaultParameterSetName = NamespaceSet)]
    [OutputType(typeof(SaeChangeOrder))]
    public sealed class StartSaeApplicationCommand : SaeBatchCommandBase
    {
        /// <summary>
        /// <para type="description">The application version to start, such as 1.0. By default SAE starts the current version.</para>
        /// </summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        public string? Version { get; set; }

        internal override BatchAction Action => BatchAction.Start;

        internal override string? ApplicationVersion => Version;
    }
}
