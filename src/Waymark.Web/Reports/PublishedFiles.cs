using Waymark.Data.Reports;
using Waymark.Reporting.Publishing;

namespace Waymark.Web.Reports;

/// <summary>A published file is given out only while its content still has the SHA-256 it was published with.</summary>
public static partial class PublishedFiles
{
    /// <summary>Whether <paramref name="file"/> is as published; when it is not, the mismatch is logged as an error.</summary>
    public static bool IsIntact(PublishedReport file, ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(file);
        if (ReportPublisher.IsIntact(file))
        {
            return true;
        }

        Altered(logger, file.Id, file.Format, ReportPublisher.Hash(file.Content), file.ContentHash);
        return false;
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "The published file {Id} ({Format}) was refused: its content's SHA-256 is {Actual}, not the {Published} it was published with")]
    private static partial void Altered(ILogger logger, int id, string format, string actual, string published);
}
