from tool import *
S=A('Sanders')
append(27, [
 ('REQUEST','wants to see','he wants to see Clinton embrace',[S],[A('Clinton')]),
 ('REQUEST','wants a party platform','he wants a party platform',[S],[A('Democratic Party')]),
 ('ACCUSE','deny','deny many energized independents',[S],[]),
 ('REQUEST','called for','Jane, called for an open primary',[A('Jane')],[]),
 ('ACCUSE','not smart','is not smart',[A('Jane')],[]),
 ('SUPPORT','backed','Clinton is backed by 520 superdelegates',[A('520 superdelegates')],[A('Clinton')]),
 ('SUPPORT','back','39 who back Sanders',[A('39 superdelegates')],[S]),
 ('REQUEST','petitions','launched petitions',[A('Sanders supporters')],[A('superdelegates')]),
 ('ACCUSE','eroding democracy','eroding democracy',[A('Devine')],[]),
 ('REQUEST','We want','We want to have a process',[A('Devine')],[]),
 ('ACCUSE','accusing','after recently accusing',[A('The Sanders campaign')],[A('Clinton'),A('Democratic National Committee')]),
 ('ACCUSE','skirt legal limits','appears to skirt legal limits',[A("Sanders' team")],[A('the committee')]),
 ('REJECT','rejected','DNC rejected the allegation',[A('Clinton'),A('the DNC')],[A('Sanders campaign')]),
])
