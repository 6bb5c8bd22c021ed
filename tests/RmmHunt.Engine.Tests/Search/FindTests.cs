using RmmHunt.Engine.Sources;

namespace RmmHunt.Engine.Tests.Search;

/// <summary>
/// The find operator, against the examples of the KQL documentation (findoperator.md, "Examples of find
/// output results", over its EventsTable1 and EventsTable2).
/// </summary>
public class FindTests
{
    private static InMemoryTableSource[] Tables() =>
    [
        Kusto.Table("EventsTable1", """
            datatable(Session_Id:string, Level:string, EventText:string, Version:string) [
                "acbd207d-51aa-4df7-bfa7-be70eb68f04e", "Information", "Some Text1", "v1.0.0",
                "acbd207d-51aa-4df7-bfa7-be70eb68f04e", "Error", "Some Text2", "v1.0.0",
                "28b8e46e-3c31-43cf-83cb-48921c3986fc", "Error", "Some Text3", "v1.0.1",
                "8f057b11-3281-45c3-a856-05ebb18a3c59", "Information", "Some Text4", "v1.1.0"]
            """),
        Kusto.Table("EventsTable2", """
            datatable(Session_Id:string, Level:string, EventText:string, EventName:string) [
                "f7d5f95f-f580-4ea6-830b-5776c8d64fdd", "Information", "Some Other Text1", "Event1",
                "acbd207d-51aa-4df7-bfa7-be70eb68f04e", "Information", "Some Other Text2", "Event2",
                "acbd207d-51aa-4df7-bfa7-be70eb68f04e", "Error", "Some Other Text3", "Event3",
                "15eaeab5-8576-4b58-8fc6-478f75d8fee4", "Error", "Some Other Text4", "Event4"]
            """),
    ];

    [Fact]
    public void Project_lists_columns_with_null_where_a_table_lacks_one_and_packs_the_rest()
    {
        var result = Kusto.Run("""
            find in (EventsTable1, EventsTable2)
                 where Session_Id == 'acbd207d-51aa-4df7-bfa7-be70eb68f04e' and Level == 'Error'
                 project EventText, Version, EventName, pack(*)
            | sort by source_ asc
            """, Tables());
        Assert.Equal(["source_", "EventText", "Version", "EventName", "pack_"], result.ColumnNames());
        Assert.Equal([
            """EventsTable1|Some Text2|v1.0.0||{"Session_Id":"acbd207d-51aa-4df7-bfa7-be70eb68f04e","Level":"Error"}""",
            """EventsTable2|Some Other Text3||Event3|{"Session_Id":"acbd207d-51aa-4df7-bfa7-be70eb68f04e","Level":"Error"}""",
        ], result.Text());
    }

    [Fact]
    public void A_condition_on_a_column_a_table_lacks_does_not_match_there()
    {
        // "EventsTable1 rows will be filtered with Version == 'v1.0.0' and EventsTable2 rows with EventName == 'Event1'".
        var result = Kusto.Run("""
            find in (EventsTable1, EventsTable2) where Version == 'v1.0.0' or EventName == 'Event1'
                 project Session_Id, EventText, Version, EventName
            | sort by EventText asc
            """, Tables());
        Assert.Equal(["source_", "Session_Id", "EventText", "Version", "EventName"], result.ColumnNames());
        Assert.Equal([
            "EventsTable2|f7d5f95f-f580-4ea6-830b-5776c8d64fdd|Some Other Text1||Event1",
            "EventsTable1|acbd207d-51aa-4df7-bfa7-be70eb68f04e|Some Text1|v1.0.0|",
            "EventsTable1|acbd207d-51aa-4df7-bfa7-be70eb68f04e|Some Text2|v1.0.0|",
        ], result.Text());
    }

    [Fact]
    public void Project_smart_keeps_predicate_and_common_columns_and_packs_the_others()
    {
        var result = Kusto.Run("""
            find Session_Id == 'acbd207d-51aa-4df7-bfa7-be70eb68f04e'
            | sort by EventText asc
            """, Tables());
        Assert.Equal(["source_", "Session_Id", "Level", "EventText", "pack_"], result.ColumnNames());
        Assert.Equal([
            """EventsTable2|acbd207d-51aa-4df7-bfa7-be70eb68f04e|Information|Some Other Text2|{"EventName":"Event2"}""",
            """EventsTable2|acbd207d-51aa-4df7-bfa7-be70eb68f04e|Error|Some Other Text3|{"EventName":"Event3"}""",
            """EventsTable1|acbd207d-51aa-4df7-bfa7-be70eb68f04e|Information|Some Text1|{"Version":"v1.0.0"}""",
            """EventsTable1|acbd207d-51aa-4df7-bfa7-be70eb68f04e|Error|Some Text2|{"Version":"v1.0.0"}""",
        ], result.Text());
    }

    [Fact]
    public void A_table_without_any_column_of_the_predicate_is_left_out()
    {
        // "Source tables that do not contain any column used by the predicate evaluation will be filtered out."
        var result = Kusto.Run("find withsource=T in (EventsTable1, EventsTable2) where EventName == 'Event4' project EventText", Tables());
        Assert.Equal(["T", "EventText"], result.ColumnNames());
        Assert.Equal(["EventsTable2|Some Other Text4"], result.Text());
    }

    [Fact]
    public void A_bare_term_searches_every_column()
    {
        // find "Kusto" is find where * has "Kusto" (findoperator.md, "Predicate Syntax").
        var result = Kusto.Run("find in (EventsTable1, EventsTable2) where \"Text3\" project EventText | sort by EventText asc", Tables());
        Assert.Equal(["EventsTable2|Some Other Text3", "EventsTable1|Some Text3"], result.Text());
    }
}
