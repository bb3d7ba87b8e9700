using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using SaePowerShell.Commands.Completion;
using SaePowerShell.Commands.Hosting;
using SaePowerShell.Commands.Input;
using SaePowerShell.Core.Api;
using SaePowerShell.Core.Endpoints;
using SaePowerShell.Core.Input;

namespace SaePowerShell.Commands;

/// <summary>
/// <para type="synopsis">Gets the log of SAE application instances.</para>
/// <para type="description">Get-SaeInstanceLog calls DescribeInstanceLog for each instance and writes its log one line at a time, as Get-Content writes a file, so Select-String and -Tail work as usual; each line carries the InstanceId and AppId it came from as properties. -Raw writes each log as one string. -Previous gets the log from before the instance's last restart, -ContainerId the log of a sidecar container. It takes instances from the pipeline (Get-SaeApplicationInstance output, or any object with InstanceId), instance id strings with -NamespaceId, which tells the region, or applications (Get-SaeApplication output, or any object with AppId and no InstanceId): an application means the logs of all its instances, each line prefixed with the instance it came from ("[instance-id] line", as kubectl logs -l --prefix writes them). Anything else piped in is an error that says what was expected.</para>
/// </summary>
/// <example>
/// <code>Get-SaeApplication cn-hangzhou:demo -Name order-api | Get-SaeApplicationInstance | Get-SaeInstanceLog -Tail 20</code>
/// <para>Shows the last 20 lines of the log of each instance of order-api.</para>
/// </example>
/// <example>
/// <code>Get-SaeApplication cn-hangzhou:demo -Name web-frontend | Get-SaeInstanceLog -Tail 5</code>
/// <para>The last 5 lines of each instance of web-frontend, each line prefixed with its instance id.</para>
/// </example>
/// <example>
/// <code>Get-SaeApplicationInstance 0d1e2f3a-0000-4000-8000-000000000202 -NamespaceId cn-hangzhou:demo | Get-SaeInstanceLog -Previous | Select-String -Pattern 'ERROR' | Select-Object InstanceId, Line</code>
/// <para>Finds the errors each instance logged before its last restart, and which instance logged them.</para>
/// </example>
[Cmdlet(VerbsCommon.Get, "SaeInstanceLog", DefaultParameterSetName = ByIdSet, HelpUri = "https://github.com/saepowershell/SaePowerShell/blob/main/docs/cmdlets/Get-SaeInstanceLog.md")]
[OutputType(typeof(string))]
public sealed class GetSaeInstanceLogCommand : SaeCmdletBase
{
    private const string ByIdSet = "ById";
    private const string PipelineSet = "Pipeline";

    /// <summary>
    /// <para type="description">The ids of the instances.</para>
    /// </summary>
    [Parameter(Mandatory = true, Position = 0, ParameterSetName = ByIdSet)]
    [ArgumentCompleter(typeof(InstanceCompleter))]
    public string[] InstanceId { get; set; } = new string[0];

    /// <summary>
    /// <para type="description">What comes down the pipeline, read whole: an instance (Get-SaeApplicationInstance, or any object with InstanceId), an instance id string, or an application (Get-SaeApplication, or any object with AppId and no InstanceId), which means all its instances. A string would otherwise be bound from an application's ToString().</para>
    /// </summary>
    [Parameter(Mandatory = true, ValueFromPipeline = true, ParameterSetName = PipelineSet)]
    public PSObject? InputObject { get; set; }

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
    [ArgumentCompleter(typeof(ApplicationCompleter))]
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
        if (ParameterSetName == PipelineSet)
        {
            ReadPiped(InputObject);
            return;
        }

        foreach (string id in InstanceId)
        {
            LogOf(id, NamespaceId, null, AppId, id, prefixed: false);
        }
    }

    /// <summary>An instance, an instance id, or an application (all its instances); anything else is an error saying what was expected.</summary>
    private void ReadPiped(PSObject? input)
    {
        object? value = input?.BaseObject;
        if (value is string id)
        {
            LogOf(id, NamespaceId, null, AppId, input, prefixed: false);
            return;
        }

        string? namespaceId = AppInputReader.Property(input, "NamespaceId") as string ?? NamespaceId;
        string? regionId = AppInputReader.Property(input, "RegionId") as string;
        if (AppInputReader.Property(input, "InstanceId") is string instanceId)
        {
            LogOf(instanceId, namespaceId, regionId, AppInputReader.Property(input, "AppId") as string ?? AppId, input, prefixed: false);
            return;
        }

        if (AppInputReader.Property(input, "AppId") is string appId)
        {
            LogsOfApplication(appId, namespaceId, regionId, input!);
            return;
        }

        string shown = value is null ? "null" : "'" + InputRules.Shorten(input!.ToString()) + "' of type " + value.GetType().Name;
        WriteError(ErrorRecordFactory.Invalid(value is null ? "NullInput" : "InvalidInputType",
            "Get-SaeInstanceLog takes instances (Get-SaeApplicationInstance), instance id strings, or applications (Get-SaeApplication); the input " + shown
            + " has neither an InstanceId nor an AppId property.", input));
    }

    /// <summary>An application piped in means all its instances, as kubectl logs -l does; each line says which instance wrote it.</summary>
    private void LogsOfApplication(string appId, string? namespaceId, string? regionId, PSObject input)
    {
        if (InputRules.AppIdProblem(appId) is string problem)
        {
            WriteError(ErrorRecordFactory.Invalid("InvalidAppId", problem, input));
            return;
        }

        if (!TryLocate(namespaceId, regionId, input, out ServiceLocation location))
        {
            return;
        }

        IReadOnlyList<SaeApplicationInstance> instances;
        try
        {
            (instances, _) = Await(InstanceListing.ReadAsync(Client, location, appId, namespaceId, MaximumListingPages, CancellationToken));
        }
        catch (SaeException ex)
        {
            WriteError(ErrorRecordFactory.FromException(ex, input, "Could not list the instances of application " + appId));
            return;
        }

        foreach (SaeApplicationInstance instance in instances)
        {
            LogOf(instance.InstanceId, namespaceId, regionId, appId, input, prefixed: true);
        }
    }

    private void LogOf(string id, string? namespaceId, string? regionId, string? appId, object? target, bool prefixed)
    {
        if (InputRules.InstanceIdProblem(id) is string problem)
        {
            WriteError(ErrorRecordFactory.Invalid("InvalidInstanceId", problem, target));
            return;
        }

        if (!TryLocate(namespaceId, regionId, target, out ServiceLocation location))
        {
            return;
        }

        ApiResponse? response = Call(DescribeInstanceLogCall.Request(location, id, namespaceId, ContainerId, Previous), target, "Could not get the log of instance " + id);
        if (response != null)
        {
            Write(id, appId, DescribeInstanceLogCall.Parse(response), prefixed);
        }
    }

    private void Write(string instanceId, string? appId, string log, bool prefixed)
    {
        string[] lines = log.Split('\n').Select(line => line.TrimEnd('\r')).ToArray();
        int count = lines.Length > 0 && lines[lines.Length - 1].Length == 0 ? lines.Length - 1 : lines.Length;
        int skip = Tail >= 0 ? Math.Max(0, count - Tail) : 0;
        if (Raw)
        {
            WriteObject(Decorate(string.Join("\n", lines.Skip(skip).Take(count - skip).Select(line => Prefix(line, instanceId, prefixed))), instanceId, appId));
            return;
        }

        for (int i = skip; i < count; i++)
        {
            WriteObject(Decorate(Prefix(lines[i], instanceId, prefixed), instanceId, appId));
        }
    }

    private static string Prefix(string line, string instanceId, bool prefixed) => prefixed ? "[" + instanceId + "] " + line : line;

    /// <summary>As Get-Content marks each line with where it came from.</summary>
    private static PSObject Decorate(string text, string instanceId, string? appId)
    {
        var line = new PSObject(text);
        line.Properties.Add(new PSNoteProperty("InstanceId", instanceId));
        line.Properties.Add(new PSNoteProperty("AppId", appId));
        return line;
    }
}
