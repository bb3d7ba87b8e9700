using System;
using System.Linq;
using System.Management.Automation;
using SaePowerShell.Commands.Completion;
using SaePowerShell.Commands.Hosting;
using SaePowerShell.Core.Api;
using SaePowerShell.Core.Endpoints;
using SaePowerShell.Core.Input;

namespace SaePowerShell.Commands;

/// <summary>
/// <para type="synopsis">Gets the log of SAE application instances.</para>
/// <para type="description">Get-SaeInstanceLog calls DescribeInstanceLog for each instance and writes its log one line at a time, as Get-Content writes a file, so Select-String and -Tail work as usual; each line carries the InstanceId and AppId it came from as properties. -Raw writes each log as one string. -Previous gets the log from before the instance's last restart, -ContainerId the log of a sidecar container. It takes instances from the pipeline (Get-SaeApplicationInstance output) by property name, or instance ids with -NamespaceId, which tells the region.</para>
/// </summary>
/// <example>
/// <code>Get-SaeApplication cn-hangzhou:demo -Name order-api | Get-SaeApplicationInstance | Get-SaeInstanceLog -Tail 20</code>
/// <para>Shows the last 20 lines of the log of each instance of order-api.</para>
/// </example>
/// <example>
/// <code>Get-SaeApplicationInstance 0d1e2f3a-0000-4000-8000-000000000202 -NamespaceId cn-hangzhou:demo | Get-SaeInstanceLog -Previous | Select-String -Pattern 'ERROR' | Select-Object InstanceId, Line</code>
/// <para>Finds the errors each instance logged before its last restart, and which instance logged them.</para>
/// </example>
[Cmdlet(VerbsCommon.Get, "SaeInstanceLog", HelpUri = "https://github.com/saepowershell/SaePowerShell/blob/main/docs/cmdlets/Get-SaeInstanceLog.md")]
[OutputType(typeof(string))]
public sealed class GetSaeInstanceLogCommand : SaeCmdletBase
{
    /// <summary>
    /// <para type="description">The ids of the instances; bound from piped instances (Get-SaeApplicationInstance) by property name.</para>
    /// </summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [ArgumentCompleter(typeof(InstanceCompleter))]
    public string[] InstanceId { get; set; } = new string[0];

    /// <summary>
    /// <para type="description">The namespace of the instances' application; it tells the region to call. Bound from the pipeline by property name.</para>
    /// </summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [ArgumentCompleter(typeof(NamespaceCompleter))]
    public string? NamespaceId { get; set; }

    /// <summary>
    /// <para type="description">The application of the instances, put on each line written so that logs of several applications can be told apart; bound from piped instances by property name. SAE does not need it.</para>
    /// </summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    public string? AppId { get; set; }

    /// <summary>
    /// <para type="description">The container whose log to get, for an instance with sidecar containers; by default the main container.</para>
    /// </summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    public string? ContainerId { get; set; }

    /// <summary>
    /// <para type="description">Get the log from before the instance's last restart (empty when it has not restarted).</para>
    /// </summary>
    [Parameter]
    public SwitchParameter Previous { get; set; }

    /// <summary>
    /// <para type="description">Only the last lines of each log, this many.</para>
    /// </summary>
    [Parameter]
    [ValidateRange(0, int.MaxValue)]
    public int Tail { get; set; } = -1;

    /// <summary>
    /// <para type="description">Write each log as one string instead of one string per line.</para>
    /// </summary>
    [Parameter]
    public SwitchParameter Raw { get; set; }

    /// <inheritdoc />
    internal override void ProcessInput()
    {
        foreach (string id in InstanceId)
        {
            if (InputRules.InstanceIdProblem(id) is string problem)
            {
                WriteError(ErrorRecordFactory.Invalid("InvalidInstanceId", problem, id));
                continue;
            }

            if (!TryLocate(NamespaceId, null, id, out ServiceLocation location))
            {
                continue;
            }

            ApiResponse? response = Call(DescribeInstanceLogCall.Request(location, id, NamespaceId, ContainerId, Previous), id, "Could not get the log of instance " + id);
            if (response != null)
            {
                Write(id, DescribeInstanceLogCall.Parse(response));
            }
        }
    }

    private void Write(string instanceId, string log)
    {
        string[] lines = log.Split('\n').Select(line => line.TrimEnd('\r')).ToArray();
        int count = lines.Length > 0 && lines[lines.Length - 1].Length == 0 ? lines.Length - 1 : lines.Length;
        int skip = Tail >= 0 ? Math.Max(0, count - Tail) : 0;
        if (Raw)
        {
            WriteObject(Decorate(string.Join("\n", lines.Skip(skip).Take(count - skip)), instanceId));
            return;
        }

        for (int i = skip; i < count; i++)
        {
            WriteObject(Decorate(lines[i], instanceId));
        }
    }

    /// <summary>As Get-Content marks each line with where it came from.</summary>
    private PSObject Decorate(string text, string instanceId)
    {
        var line = new PSObject(text);
        line.Properties.Add(new PSNoteProperty("InstanceId", instanceId));
        line.Properties.Add(new PSNoteProperty("AppId", AppId));
        return line;
    }
}
