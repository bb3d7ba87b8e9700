using System.Collections.Generic;

namespace SaePowerShell.Core.Operations
{
    /// <summary>One page of ListApplications.</summary>
    internal sealed class ApplicationPage
    {
        public ApplicationPage(IReadOnlyList<SaeApplication> applications, int currentPage, int totalSize)
        {
            Applications = applications;
            CurrentPage = currentPage;
            TotalSize = totalSize;
        }

        public IReadOnlyList<SaeApplication> Applications { get; }

        public int CurrentPage { get; }

        /// <summary>How many applications match in all, across every page.</summary>
        public int TotalSize { get; }
    }
}
