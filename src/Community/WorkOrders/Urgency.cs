namespace BuildingBot.Community.WorkOrders;

/// <summary>How fast a report needs a person.</summary>
public enum Urgency
{
    Normal,

    /// <summary>急, 老人, 漏水 …: a person should look soon.</summary>
    Urgent,

    /// <summary>Fire, gas, someone trapped or injured: 119/120/110 first.</summary>
    Emergency,
}
