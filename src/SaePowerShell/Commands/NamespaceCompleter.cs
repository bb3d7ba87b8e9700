using System;
using System.Collections;
using System.Collections.Generic;
using System.Management.Automation;
using System.Management.Automation.Language;
using SaePowerShell.Core.Completion;
using SaePowerShell.Core.Credentials;
using SaePowerShell.Core.Endpoints;

namespace SaePowerShell.Commands
{
    /// <summary>
    /// Completes -NamespaceId from the account's namespaces (Get-SaeNamespace, cached for a minute), using the -RegionId,
    /// -Endpoint and -Credential already typed on the command line, else the environment. Silent when offline.
    /// </summary>
    public sealed class NamespaceCompleter : IArgumentCompleter
    {
        /// <inheritdoc />
        public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete, CommandAst commandAst, IDictionary fakeBoundParameters)
        {
            string prefix = (wordToComplete ?? string.Empty).Trim('\'', '"');
            IReadOnlyList<string> ids;
            try
            {
                ids = Fetch(prefix, fakeBoundParameters);
            }
            catch (Exception)
            {
                yield break;
            }

            foreach (string id in ids)
            {
                if (id.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
                {
                    yield return new CompletionResult(id, id, CompletionResultType.ParameterValue, id);
                }
            }
        }

        private static IReadOnlyList<string> Fetch(string prefix, IDictionary bound)
        {
            string? region = Unwrap(bound["RegionId"]) as string ?? RegionIds.FromNamespaceId(prefix.IndexOf(':') > 0 ? prefix : null);
            Uri? endpoint = Unwrap(bound["Endpoint"]) switch
            {
                Uri uri => uri,
                string text when Uri.TryCreate(text, UriKind.Absolute, out Uri? parsed) => parsed,
                _ => null,
            };
            var given = ExplicitCredentialParameters.Build(Unwrap(bound["Credential"]) as PSCredential, null, null, null, Unwrap(bound["ProfileName"]) as string);
            CliProfile found = CredentialChain.Resolve(given, SessionContexts.Current, ProcessEnvironment.Instance);
            SessionContext? session = SessionContexts.Current;
            ServiceLocation location = ServiceLocator.Locate(endpoint, region, null, ProcessEnvironment.Instance, new LocationDefaults(session?.RegionId, session?.Endpoint, found.RegionId));
            return NamespaceCache.Get(location, found.Source);
        }

        private static object? Unwrap(object? value) => value is PSObject wrapped ? wrapped.BaseObject : value;
    }
}
