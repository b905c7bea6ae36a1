namespace BuildingBot.Dialogs.ReportProblem;

/// <summary>What an answer to the report's confirmation means.</summary>
public enum ReportCorrectionKind
{
    /// <summary>Neither yes, no nor a correction (or "不对" alone): ask what should change.</summary>
    AskWhat,

    Submit,

    Cancel,

    /// <summary>One or more fields are corrected: apply them and ask again.</summary>
    Correct,
}
