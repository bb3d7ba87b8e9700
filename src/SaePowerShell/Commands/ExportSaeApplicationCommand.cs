using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using SaePowerShell.Commands.Hosting;
using SaePowerShell.Commands.Input;
using SaePowerShell.Commands.Parts;
using SaePowerShell.Core.Api;
using SaePowerShell.Core.Batching;
using SaePowerShell.Core.Endpoints;
using SaePowerShell.Core.Outcome;
using SaePowerShell.Core.Planning;

namespace SaePowerShell.Commands;

// The declaration (parameters, help) is generated from data/sae-cmdlets.json; this is the behaviour: one
// DescribeApplicationConfig, one DescribeApplicationScalingRules, one DescribeApplicationSlbs and one
// DescribeApplicationNlbs per application (and one ListTagResources when its tags did not come with it), the specs
// written as they are read, or to files at the end.
public sealed partial class ExportSaeApplicationCommand
{
    private readonly List<SaeApplicationSpec> _specs = new List<SaeApplicationSpec>();
    private readonly DistinctApplications _applications = new DistinctApplications();

    /// <inheritdoc />
    internal override void ProcessInput()
    {
        foreach ((AppInput input, AppTarget target, ServiceLocation location) in _applications.Of(this, ParameterSetName == "InputObject", InputObject, AppId, NamespaceId))
        {
            try
            {
                ApiResponse read = Await(Client.SendAsync(DescribeApplicationConfigCall.Request(location, target.AppId, target.NamespaceId, null), CancellationToken));
                SaeApplicationConfig config = DescribeApplicationConfigCall.Parse(read, target.AppId, target.NamespaceId, null, location);
                IDictionary<string, string> tags = InputValue.Unwrap(input.Input) is SaeApplication app
                    ? app.Tags
                    : Await(TagChanges.ListAsync(Client, location, new[] { target.AppId }, CancellationToken)).ToDictionary(t => t.Key, t => t.Value ?? string.Empty);
                ApiResponse rules = Await(Client.SendAsync(ScalingRuleCalls.List(location, target.AppId, target.NamespaceId), CancellationToken));
                ApiResponse slbs = Await(Client.SendAsync(LoadBalancerCalls.ListSlbs(location, target.AppId, target.NamespaceId), CancellationToken));
                ApiResponse nlbs = Await(Client.SendAsync(LoadBalancerCalls.ListNlbs(location, target.AppId, target.NamespaceId), CancellationToken));
                IReadOnlyList<SaeApplicationLoadBalancer> bindings = LoadBalancerCalls.ParseSlbs(slbs, target.AppId, target.NamespaceId, location)
                    .Concat(LoadBalancerCalls.ParseNlbs(nlbs, target.AppId, target.NamespaceId, location)).ToList();
                SaeApplicationSpec spec = ApplicationSpecs.FromConfiguration(config, tags, ScalingRuleCalls.ParseList(rules, target.AppId, target.NamespaceId, location), bindings);
                if (Path is null && Directory is null)
                {
                    WriteObject(spec);
                }
                else
                {
                    _specs.Add(spec);
                }
            }
            catch (SaeException ex)
            {
                WriteError(ErrorRecordFactory.FromException(ex, input.Input, "Could not export application " + input.Description));
            }
        }
    }

    /// <inheritdoc />
    internal override void EndInput()
    {
        if (Path != null && _specs.Count > 0)
        {
            WriteObject(Write(GetUnresolvedProviderPathFromPSPath(Path), _specs));
        }

        if (Directory != null)
        {
            string folder = GetUnresolvedProviderPathFromPSPath(Directory);
            System.IO.Directory.CreateDirectory(folder);
            foreach (SaeApplicationSpec spec in _specs)
            {
                WriteObject(Write(System.IO.Path.Combine(folder, spec.AppName + ".json"), new[] { spec }));
            }
        }
    }

    private FileInfo Write(string path, IReadOnlyList<SaeApplicationSpec> specs)
    {
        WriteVerbose("Writing " + specs.Count + " spec(s) to " + path + ".");
        if (System.IO.Path.GetDirectoryName(path) is string folder && folder.Length > 0)
        {
            System.IO.Directory.CreateDirectory(folder);
        }

        bool dataFile = string.Equals(System.IO.Path.GetExtension(path), ".psd1", StringComparison.OrdinalIgnoreCase);
        File.WriteAllText(path, dataFile ? SpecDataFile.Write(specs) : ApplicationSpecs.ToJson(specs), new System.Text.UTF8Encoding(false));
        return new FileInfo(path);
    }
}
