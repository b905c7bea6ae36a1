namespace BuildingBot.Community.Import;

/// <summary>The roster files community staff keep; each has its own column layout (see the README).</summary>
public enum RosterKind
{
    /// <summary>Compounds, buildings, units, party branches and groups.</summary>
    Buildings,

    /// <summary>Households (rooms) and the residents living in them.</summary>
    Residents,

    /// <summary>Grids and the buildings each covers.</summary>
    Grids,

    /// <summary>Grid members with their roles and WeCom ids.</summary>
    GridMembers,

    /// <summary>Group chats bound to buildings.</summary>
    Groups,
}
