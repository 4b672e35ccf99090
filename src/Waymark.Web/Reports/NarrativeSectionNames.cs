using Waymark.Reporting.Building;

namespace Waymark.Web.Reports;

/// <summary>The sections of the report an officer may write, in the order of the report, with their names and hints.</summary>
public static class NarrativeSectionNames
{
    public static IReadOnlyList<(string Section, string Name, string Hint)> All { get; } =
    [
        (NarrativeSections.ReportOf, "Report of", "Who the report is from, such as the Chief Officer's title."),
        (NarrativeSections.Meeting, "Meeting", "The meeting the report goes to."),
        (NarrativeSections.Subject, "Subject", "The report's title."),
        (NarrativeSections.Originator, "Originator", "The officer who wrote the report."),
        (NarrativeSections.Contact, "Contact", "A telephone number or email address."),
        (NarrativeSections.WardsAffected, "Electoral wards affected", "Such as All."),
        (NarrativeSections.SpecificImplications, "Specific implications for", "The implications that apply, one on each line, such as Equality and diversity."),
        (NarrativeSections.WardMembersConsulted, "Ward members consulted", "yes or no."),
        (NarrativeSections.ExecutiveSummary, "Executive summary", "Paragraphs separated by a blank line."),
        (NarrativeSections.Purpose, "Purpose of the report", "Paragraphs separated by a blank line."),
        (NarrativeSections.Background, "Background information", "Paragraphs separated by a blank line."),
        (NarrativeSections.Implications, "Implications for council policy and governance", "Paragraphs separated by a blank line."),
        (NarrativeSections.LegalAndResource, "Legal and resource implications", "Paragraphs separated by a blank line."),
        (NarrativeSections.Conclusions, "Conclusions", "Paragraphs separated by a blank line."),
        (NarrativeSections.Recommendations, "Recommendations", "Paragraphs separated by a blank line."),
        (NarrativeSections.BackgroundPapers, "Background papers", "One paper on each line."),
    ];

    public static (string Section, string Name, string Hint)? Find(string? section) =>
        All.FirstOrDefault(s => s.Section == section) is { Section: not null } found ? found : null;
}
