from tool import *
TG=A('Turkish government','TUR'); AO=A('Adil Oksuz','TUR'); G=A('GÃ1⁄4len','TUR')
append(53, [
 ('COERCE','Manhunt','Manhunt underway',[],[A('alleged coup plotter','TUR')]),
 ('ACCUSE','accused','accused by the Turkish government',[TG],[A('An Istanbul-based college professor','TUR')]),
 ('COERCE','manhunt','a massive manhunt in Turkey',[],[AO]),
 ('ACCUSE','claims','The Turkish government claims',[TG],[G]),
 ('REQUEST','called on','has repeatedly called on the United States',[A('Recep Tayyip Erdogan','TUR')],[A('United States')]),
 ('ACCUSE','declared','the Turkish government declared Oksuz',[TG],[A('Oksuz','TUR')]),
 ('COERCE','detained','He was briefly detained',[],[A('Adil Oksuz','TUR')]),
 ('ACCUSE','denounced','He denounced the coup attempt',[A('Adil Oksuz','TUR')],[]),
 ('REJECT','had nothing to do with it','had nothing to do with it',[A('Adil Oksuz','TUR')],[]),
])
