namespace Waymark.Reporting.Building;

/// <summary>
/// The names of the report's sections that an officer may write, as stored in <c>report_narratives</c>. A section
/// with no stored text is generated from the data. Text may name figures as <c>{green}</c>, <c>{green_percent}</c>,
/// <c>{red}</c>, <c>{amber}</c>, <c>{not_rated}</c> (each also with <c>_percent</c>), <c>{total}</c>,
/// <c>{period}</c>, <c>{board}</c> and <c>{council}</c>; the report fills them in, so no number is typed by hand.
/// </summary>
public static class NarrativeSections
{
    public const string ReportOf = "report_of";
    public const string Meeting = "meeting";
    public const string Subject = "subject";
    public const string Originator = "originator";
    public const string Contact = "contact";
    public const string WardsAffected = "wards_affected";
    public const string SpecificImplications = "specific_implications";
    public const string WardMembersConsulted = "ward_members_consulted";
    public const string ExecutiveSummary = "executive_summary";
    public const string Purpose = "purpose";
    public const string Background = "background";
    public const string Implications = "implications";
    public const string LegalAndResource = "legal_and_resource";
    public const string Conclusions = "conclusions";
    public const string Recommendations = "recommendations";
    public const string BackgroundPapers = "background_papers";

    /// <summary>An indicator the officer highlights, with the explanation (empty to use the result's commentary).</summary>
    public const string Highlight = "highlight";

    public static IReadOnlyList<string> All { get; } =
    [
        ReportOf, Meeting, Subject, Originator, Contact, WardsAffected, SpecificImplications, WardMembersConsulted,
        ExecutiveSummary, Purpose, Background, Implications, LegalAndResource, Conclusions, Recommendations,
        BackgroundPapers, Highlight,
    ];
}
