using Waymark.Assessments;
using Waymark.Periods;

namespace Waymark.Data.Assessments;

/// <summary>A stored framework version's assessment worked out from the results up to <see cref="Period"/>.</summary>
public sealed record StoredAssessment(AssessmentFrameworkVersion Framework, ReportingPeriod Period, FrameworkAssessment Assessment);
