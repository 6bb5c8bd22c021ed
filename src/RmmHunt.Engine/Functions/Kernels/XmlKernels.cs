using System.Xml;
using System.Xml.Linq;
using RmmHunt.Kql.Symbols;
using RmmHunt.Kql.Values;

namespace RmmHunt.Engine.Functions.Kernels;

/// <summary>
/// parse_xml(xml): XML as a dynamic value by the docs' table [doc parse-xml-function]: an element is
/// {"name": value}; attributes become "@name" keys, text "#text" (or the value itself when the element
/// has nothing else), repeated child elements an array, an empty element null. Only elements,
/// attributes and text are kept; invalid XML, or more than 1 MB of it, gives null. Values stay strings
/// (the docs' example prints numbers, but their conversion table has strings: decided here).
/// </summary>
internal static class XmlKernels
{
    private const int MaxBytes = 1_048_576;

    public static void Register(Action<string, KernelFactory> add) =>
        add("parse_xml", _ => Kernel.OfText(KqlType.Dynamic, Parse));

    private static object? Parse(string xml)
    {
        // Text that does not start with markup is not XML: said without the parser's exception, which costs microseconds
        // a row, and before its size is counted, which reads all of it.
        var start = xml.AsSpan().TrimStart();
        if (start.IsEmpty || start[0] is not ('<' or '\uFEFF')) return null;
        if (System.Text.Encoding.UTF8.GetByteCount(xml) > MaxBytes) return null;
        try
        {
            var root = XDocument.Parse(xml, LoadOptions.None).Root;
            return root is null ? null : new DynBag([new(root.Name.ToString(), Convert(root))]);
        }
        catch (XmlException)
        {
            return null;
        }
    }

    private static object? Convert(XElement element)
    {
        var entries = new List<KeyValuePair<string, object?>>();
        foreach (var attribute in element.Attributes().Where(a => !a.IsNamespaceDeclaration))
            entries.Add(new("@" + attribute.Name.LocalName, attribute.Value));
        var texts = element.Nodes().OfType<XText>().Select(t => t.Value).Where(t => !string.IsNullOrWhiteSpace(t)).ToList();
        var children = element.Elements().ToList();
        if (entries.Count == 0 && children.Count == 0) return texts.Count == 0 ? null : string.Concat(texts);
        if (texts.Count > 0) entries.Add(new("#text", texts.Count == 1 ? texts[0] : new DynArray(texts.ToArray())));
        foreach (var group in children.GroupBy(c => c.Name.ToString()))
        {
            var values = group.Select(Convert).ToArray();
            entries.Add(new(group.Key, values.Length == 1 ? values[0] : new DynArray(values)));
        }
        return new DynBag(entries);
    }
}
