using Waymark.Periods;

namespace Waymark.Data.Reports;

/// <summary>
/// A board report as it was published: the report's content as JSON and the file rendered from it, frozen with
/// the SHA-256 hash of the file, so that later changes to the data do not change what was published.
/// </summary>
public sealed class PublishedReport
{
    public int Id { get; set; }

    public int BoardId { get; set; }

    public ReportingPeriod Period { get; set; }

    /// <summary><c>html</c>, <c>pdf</c>, <c>docx</c>, <c>xlsx</c> or <c>csv</c>.</summary>
    public required string Format { get; set; }

    public required string ModelJson { get; set; }

    public required byte[] Content { get; set; }

    /// <summary>The SHA-256 hash of <see cref="Content"/>, as 64 lower-case hexadecimal digits.</summary>
    public required string ContentHash { get; set; }

    public required string PublishedBy { get; set; }

    public DateTimeOffset PublishedAt { get; set; }
}
