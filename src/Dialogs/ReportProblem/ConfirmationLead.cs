namespace BuildingBot.Dialogs.ReportProblem;

/// <summary>What to say before asking for confirmation again (after a correction), and whether to show the report with it.</summary>
internal sealed record ConfirmationLead(string Text, bool ShowReport = true);
