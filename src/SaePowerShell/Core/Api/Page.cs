using System.Collections.Generic;

namespace SaePowerShell.Core.Api;

/// <summary>One page of a paged listing; TotalSize is how many items match in all, across every page.</summary>
internal sealed record Page<T>(IReadOnlyList<T> Items, int TotalSize);
