using System.Xml;
using System.Xml.Linq;

namespace BuildingBot.WeCom.Callbacks;

/// <summary>Parses WeCom's XML with DTDs prohibited and no resolver: no external entities, no entity expansion.</summary>
public static class SafeXml
{
    public static XElement Parse(string xml)
    {
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            MaxCharactersInDocument = 1024 * 1024,
            MaxCharactersFromEntities = 0,
            IgnoreComments = true,
        };
        try
        {
            using var reader = XmlReader.Create(new StringReader(xml), settings);
            return XElement.Load(reader);
        }
        catch (XmlException exception)
        {
            throw new CallbackRejectedException("parse", "The XML does not parse or declares a DTD", exception);
        }
    }

    /// <summary>The text of a child element (null when there is none); a child that holds elements instead of text is refused.</summary>
    public static string? Child(this XElement element, string name) => element.Element(name) switch
    {
        null => null,
        { HasElements: true } => throw new CallbackRejectedException("parse", $"<{name}> holds elements, not text"),
        var child => child.Value,
    };
}
