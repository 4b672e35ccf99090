namespace Waymark.Reporting.Content;

/// <summary>The report's front sheet, as council committee reports begin.</summary>
public sealed record FrontSheet(
    string ReportOf,
    string Meeting,
    DateOnly? Date,
    string Subject,
    string Originator,
    string Contact,
    string WardsAffected,
    IReadOnlyList<SpecificImplication> SpecificImplications,
    bool WardMembersConsulted);
