namespace Waymark.Data.Assessments;

/// <summary>
/// One cell of an external assessment table, such as the CPA: a round (<c>CPA 2006</c>), a block
/// (<c>Children &amp; Young People</c>) within a group (<c>Level 1 Services</c>) and its score. A provisional
/// round's score carried forward from the year before is marked so.
/// </summary>
public sealed class AssessmentScore
{
    public int Id { get; set; }

    public int CouncilId { get; set; }

    public required string Framework { get; set; }

    public required string Round { get; set; }

    public bool Provisional { get; set; }

    public string? BlockGroup { get; set; }

    public required string Block { get; set; }

    public int Position { get; set; }

    public string? Score { get; set; }

    public bool CarriedForward { get; set; }
}
