namespace Waymark.Assessments;

/// <summary>Which way a change of an indicator's value would move its block's score.</summary>
public enum MoveDirection
{
    /// <summary>The block's score would rise.</summary>
    Up = 0,

    /// <summary>The block's score would fall.</summary>
    Down = 1,
}
