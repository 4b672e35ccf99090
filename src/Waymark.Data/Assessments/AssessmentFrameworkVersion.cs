using Waymark.Periods;

namespace Waymark.Data.Assessments;

/// <summary>
/// One version of a council's assessment framework, such as CPA 2007: the round it scores (its name in the
/// assessment table and the period whose results it reads), the round it carries scores forward from, its blocks
/// and its category rules. The council's current framework is the version marked current.
/// </summary>
public sealed class AssessmentFrameworkVersion
{
    public int Id { get; set; }

    public int CouncilId { get; set; }

    public required string Name { get; set; }

    public required string Version { get; set; }

    public required string Round { get; set; }

    public ReportingPeriod Period { get; set; }

    public string? PreviousRound { get; set; }

    public bool IsCurrent { get; set; }

    public decimal NewResultsShare { get; set; }

    public bool Illustrative { get; set; }

    public List<AssessmentBlockDefinition> Blocks { get; } = [];

    public List<AssessmentCategoryRule> CategoryRules { get; } = [];
}
