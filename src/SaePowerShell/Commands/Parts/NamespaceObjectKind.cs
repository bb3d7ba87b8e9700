using System;
using System.Collections.Generic;
using SaePowerShell.Core.Api;
using SaePowerShell.Core.Endpoints;

namespace SaePowerShell.Commands.Parts;

/// <summary>
/// What a <see cref="NamespaceObjectFinder{T}"/> needs to know of one kind of namespace object (a config map, a
/// secret): its noun for messages, its error codes, its name, and how it is listed and read.
/// </summary>
internal sealed record NamespaceObjectKind<T>(
    string Noun,
    string NotFoundCode,
    string PatternCode,
    Func<T, string> NameOf,
    Func<ServiceLocation, string, ApiRequest> List,
    Func<ApiResponse, string, ServiceLocation, IReadOnlyList<T>> ParseList,
    Func<ServiceLocation, long, string?, ApiRequest> Describe,
    Func<ApiResponse, string?, ServiceLocation, T> ParseOne)
    where T : class;
