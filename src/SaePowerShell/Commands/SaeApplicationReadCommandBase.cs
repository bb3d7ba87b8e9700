using System.Management.Automation;
using SaePowerShell.Commands.Completion;
using SaePowerShell.Commands.Hosting;
using SaePowerShell.Core.Endpoints;
using SaePowerShell.Core.Input;

namespace SaePowerShell.Commands;

/// <summary>
/// What the cmdlets that read something of each application share (its status, versions, configuration, instances):
/// application ids by value, or applications by property name (AppId, NamespaceId, AppName), each checked, located
/// and read in turn; a bad id or a failed call is one error about that application, and the rest go on.
/// </summary>
public abstract class SaeApplicationReadCommandBase : SaeCmdletBase
{
    /// <summary>
    /// <para type="description">The ids of the applications; bound from piped applications (Get-SaeApplication) by property name.</para>
    /// </summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [AllowEmptyString]
    [ArgumentCompleter(typeof(ApplicationCompleter))]
    public string[] AppId { get; set; } = new string[0];

    /// <summary>
    /// <para type="description">The namespace of the applications; it tells the region to call (cn-shanghai:prod is in cn-shanghai). Bound from the pipeline by property name.</para>
    /// </summary>
    [ArgumentCompleter(typeof(NamespaceCompleter))]
    [Parameter(ValueFromPipelineByPropertyName = true)]
    public string? NamespaceId { get; set; }

    /// <summary>
    /// <para type="description">The application's name, bound by property name from a piped application, so the output shows it; SAE's answers do not carry it.</para>
    /// </summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [ArgumentCompleter(typeof(ApplicationNameCompleter))]
    public string? AppName { get; set; }

    /// <summary>The name to put on the output: only when one application came in this record, so it is that one's.</summary>
    internal string? NameOfOne => AppId.Length == 1 ? AppName : null;

    /// <summary>Reads one application, writing what it finds and an error for what fails.</summary>
    internal abstract void Read(string appId, ServiceLocation location);

    /// <inheritdoc />
    internal override void ProcessInput()
    {
        foreach (string id in AppId)
        {
            if (InputRules.AppIdProblem(id) is string problem)
            {
                WriteError(ErrorRecordFactory.Invalid("InvalidAppId", problem, id));
                continue;
            }

            if (TryLocate(NamespaceId, null, id, out ServiceLocation location))
            {
                Read(id, location);
            }
        }
    }
}
