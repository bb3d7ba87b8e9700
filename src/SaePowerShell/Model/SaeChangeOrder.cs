using System;
using System.Collections.Generic;

namespace SaePowerShell
{
    /// <summary>A change order that an SAE batch call created: the handle to follow what the call set in motion.</summary>
    public sealed class SaeChangeOrder
    {
        /// <summary>The change order id.</summary>
        public string ChangeOrderId { get; set; } = string.Empty;

        /// <summary>What the change order does, such as <c>Start</c>.</summary>
        public string Action { get; set; } = string.Empty;

        /// <summary>The namespace the change order acts in.</summary>
        public string NamespaceId { get; set; } = string.Empty;

        /// <summary>The region of the namespace.</summary>
        public string? RegionId { get; set; }

        /// <summary>The applications the call named; empty when it acted on the whole namespace.</summary>
        public IReadOnlyList<string> AppIds { get; set; } = Array.Empty<string>();

        /// <summary>The request id SAE gave the call; quote it to Alibaba Cloud support.</summary>
        public string? RequestId { get; set; }

        /// <summary>SAE's trace id for the call.</summary>
        public string? TraceId { get; set; }

        /// <inheritdoc />
        public override string ToString() => ChangeOrderId;
    }
}
