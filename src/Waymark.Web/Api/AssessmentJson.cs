namespace Waymark.Web.Api;

/// <summary>
/// An assessment framework's scores worked out from the results up to a period: each block, current and predicted,
/// then the overall category, current and predicted.
/// </summary>
public sealed record AssessmentJson(
    string Framework,
    string Version,
    string Round,
    string Period,
    bool Illustrative,
    List<AssessmentBlockJson> Blocks,
    string? Category,
    bool Provisional,
    string? PredictedCategory,
    bool PredictedProvisional);
