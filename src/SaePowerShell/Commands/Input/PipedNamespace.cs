using System.Management.Automation;
using SaePowerShell.Core.Endpoints;

namespace SaePowerShell.Commands.Input;

/// <summary>A namespace that came down the pipeline into Get-SaeApplication, where its calls go, and the name filter it came with.</summary>
internal sealed record PipedNamespace(string NamespaceId, ServiceLocation Location, WildcardPattern? NamePattern);
