using System.Diagnostics.CodeAnalysis;

using Waymark.Reporting.Content;

namespace Waymark.Reporting.Building;

/// <summary>The report, or why it cannot be built (a board that does not exist), in words for the person who asked.</summary>
public sealed record ReportBuild(BoardReport? Report, string? Error)
{
    [MemberNotNullWhen(true, nameof(Report))]
    [MemberNotNullWhen(false, nameof(Error))]
    public bool Succeeded => Report is not null;
}
