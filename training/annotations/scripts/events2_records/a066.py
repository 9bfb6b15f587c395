from tool import *
append(66, [
 ('SUPPORT','prayers and good wishes','the prayers and good wishes',[A('Donald Trump'),A('Hillary Rodham Clinton')],[A('Paris','FRA')]),
])
