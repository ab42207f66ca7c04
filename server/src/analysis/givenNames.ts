// Common given names (English-language, European and Arabic/Persian/Turkish/Kurdish transliterations, and
// a few East Asian ones), so that "Philip Hammond" is a person without any other cue. Normalised keys.
export const GIVEN_NAMES = new Set(
  (
    'aaron|abbas|abboud|abdel|abdul|abdullah|abdulla|abu|adam|adel|adnan|ahmad|ahmed|alan|albert|alex|alexander|' +
    'alexei|alexey|ali|alice|alison|amir|amin|amy|andrea|andreas|andrew|andrei|andrey|angela|ann|anna|anne|annalena|' +
    'anthony|antonio|antony|anwar|ash|ashton|ayman|bashar|ben|benjamin|bernard|bill|bob|boris|brad|brett|brian|' +
    'carl|carlos|caroline|catherine|charles|chris|christian|christine|christopher|chuck|claire|colin|daniel|' +
    'david|dan|deborah|dennis|dmitry|donald|douglas|ebrahim|ed|edward|elizabeth|emily|emma|emmanuel|eric|erik|' +
    'fahad|faisal|farid|fatima|fuad|francois|frank|fred|gary|george|gerald|gordon|graham|hadi|haider|hakan|hamad|' +
    'hamid|hamza|hans|harry|hassan|hasan|heather|helen|henry|hillary|hoshyar|hossein|hugh|hussein|ian|ibrahim|' +
    'igor|ilham|ismail|isiah|ivan|jack|jake|james|jamal|jan|jane|janet|jason|javad|jean|jeff|jeffrey|jennifer|' +
    'jeremy|jim|joe|john|jonathan|joseph|josh|joshua|juan|julia|julie|justin|kamal|kamala|karen|karim|kate|' +
    'kathleen|keir|keith|ken|kenneth|kevin|khaled|khalid|kim|kurt|lara|laura|lawrence|lee|liam|linda|lindsey|' +
    'lisa|liz|lloyd|lorraine|louis|lucy|luis|mahmoud|majid|marco|marcus|maria|mario|mark|martin|mary|masoud|masrour|' +
    'matthew|maurice|mehmet|michael|michel|mike|mikhail|mitch|mohamed|mohammad|mohammed|muhammad|mustafa|' +
    'nancy|naser|nasser|nathan|neil|nechirvan|nicholas|nick|nicola|nicolas|nikolai|nouri|nuri|olaf|olivier|omar|' +
    'osama|patrick|paul|peter|philip|phillip|pierre|qassem|qasem|rachel|rafael|rami|rashid|ray|recep|rex|richard|' +
    'rishi|robert|roger|ron|ronald|russell|ruth|saad|saddam|salah|saleh|salim|sam|samuel|sarah|scott|' +
    'sean|sergei|sergey|shaikh|sheikh|simon|stephen|steve|steven|stuart|susan|tariq|theresa|thomas|tim|timothy|' +
    'tobias|todd|tom|tony|ursula|usama|valery|vera|victor|viktor|vladimir|volodymyr|walid|walter|wang|william|' +
    'xi|yasser|yousef|yusuf|yury|zaid|zalmay|zeid|' +
    // Heads of state and government and ministers the news names often without a title ("Giorgia Meloni visited").
    'giorgia|khalifa|narendra|kaja|pedro|friedrich|pete|elbridge|shehbaz|asim|mette|ulf|yair|naftali|benny|gilad|' +
    'bezalel|itamar|yoav|mohsen|masoud|narges|nikol|kassym|shavkat|aleksandar|andrzej|radoslaw|kemi|yvette|fumio|' +
    'shigeru|sanae|prabowo|joko|ferdinand|rahul|imran|asif|nawaz|tayyip|abiy|cyril|bola|yoweri|felix|emmerson|samia|' +
    'uhuru|jacob|thabo|luiz|javier|claudia|gustavo|nayib|gabriel|yevgeny|ramzan|anton|denis|jens|kristalina|josep|' +
    'teresa|roberta|hakeem|mike|tulsi|kash|kristi|pam|howard|' +
    // More names common in the news of Europe, the Americas, Africa and South Asia (none that is also a place or an
    // everyday word: no "Georgia", "Jordan", "Chad", "Grace", "Will").
    'ingrid|astrid|sigrid|lars|nils|anders|henrik|magnus|erik|karin|birgit|annika|jonas|mats|sven|bjorn|jens|kjell|' +
    'pekka|jukka|mikko|antti|sanna|petteri|alexander|wolfgang|jurgen|dieter|klaus|heiko|markus|thorsten|boris|' +
    'matteo|giuseppe|giovanni|luca|paolo|francesco|alessandro|sergio|mario|enrico|silvio|giulia|chiara|elena|' +
    'jose|manuel|miguel|alejandro|fernando|ricardo|rodrigo|pablo|jorge|andres|diego|eduardo|raul|hector|ignacio|' +
    'alberto|francisco|antonio|rafael|gonzalo|ana|lucia|isabel|marta|carmen|beatriz|gabriela|veronica|ximena|' +
    'joao|paulo|marcelo|fabio|flavio|rui|luisa|mariana|fernanda|' +
    // Latin America's news ("Santiago Peña", "Gilberto Kassab", "Jeannette Jara": "Santiago" before a surname is a
    // person's, the city being named alone or before "de").
    'santiago|gilberto|jeannette|edmundo|alvaro|evo|dina|ismael|cristina|dilma|mauricio|sebastian|guillermo|axel|' +
    'xiomara|delcy|evelyn|johannes|elvis|ernesto|arturo|horacio|rodolfo|osvaldo|gerardo|tabare|' +
    'fidel|hugo|ollanta|keiko|lenin|geraldo|tarcisio|' +
    'jean-pierre|jean-luc|jean-yves|jean-marie|jean-claude|francois-xavier|emmanuelle|sebastien|stephane|thierry|' +
    'laurent|julien|mathieu|nicolas|benoit|christophe|philippe|dominique|sylvie|isabelle|nathalie|valerie|' +
    'piotr|pawel|tomasz|krzysztof|marek|andrzej|wojciech|katarzyna|agnieszka|jaroslaw|mateusz|' +
    'oleksandr|oleksiy|andriy|dmytro|mykola|yulia|olena|iryna|vitali|vitaliy|taras|' +
    'ramzan|alexei|nikolai|maria|olga|natalia|svetlana|tatiana|irina|valentina|yevgeny|mikhail|konstantin|' +
    'mehmet|ahmet|mustafa|emre|murat|ekrem|kemal|fatih|selahattin|devlet|' +
    // Central and South-East European, Turkish and Central Asian names ("Dušan", "Łukasz", "Oğuzhan": keys fold the
    // letters beyond ASCII, see normaliseWord).
    'lukasz|ewa|lucja|zofia|malgorzata|radek|dusan|milos|zoran|goran|dragan|nikola|marko|ivica|aleksandar|aleksandra|' +
    'jelena|ivana|petr|jiri|tomas|pavel|ondrej|vaclav|zuzana|veronika|jana|petra|martina|miroslav|' +
    'vladimir|robert|viktor|peter|gergely|zoltan|laszlo|istvan|eszter|stefan|mihai|ion|ionut|bogdan|cristian|' +
    'andreea|ioana|maia|igor|oguzhan|selin|elif|zeynep|ayse|fatma|burak|hakan|cem|hatice|rustam|timur|nursultan|' +
    'aigerim|zoe|' +
    'kwame|kofi|olusegun|goodluck|muhammadu|yemi|ngozi|chinua|uhuru|raila|william|paul|yoweri|salva|riek|' +
    'abdel|abdou|amadou|ousmane|mamadou|moussa|ibrahima|macky|bassirou|alassane|assimi|abdourahamane|' +
    'siddharth|arvind|amit|rajnath|subrahmanyam|nirmala|priyanka|sonia|manmohan|mamata|yogi|' +
    'shahbaz|bilawal|maryam|benazir|ishaq|' +
    'prayuth|srettha|paetongtarn|lawrence|tharman|bongbong|sara|' +
    // Common English-language names the list lacked (not "Kimberly", a firm's name too) (a vote roll's "Michelle W. Bowman", "Jerome H. Powell").
    'michelle|jerome|jessica|patricia|barbara|margaret|sandra|ashley|donna|sharon|ryan|larry|brandon|' +
    'raymond|gregory|jerry|tyler|zachary|kyle|harold|ethan|terry|arthur|jesse|dylan|ralph|eugene|randy|' +
    'vincent|bradley|rebecca|priya|nigel|bridget|bernie|sherrod|cedric|joyce|tarique|' +
    // Arabic, Persian and Hebrew names of the Middle East's news ("Yahya Sinwar", "Zaher Jabarin", "Avichay Adraee").
    'yahya|izz|zaher|khalil|marwan|ziad|nabil|naim|hisham|bassem|wael|ghassan|hazem|imad|nabih|nawaf|tamim|tarek|tareq|' +
    'youssef|zakaria|abdulrahman|abdulaziz|abdulmalik|tahnoun|esmaeil|esmail|mojtaba|mehdi|morteza|mostafa|' +
    'abolfazl|kazem|gideon|eyal|avichay|effie|herzi|moshe|yitzhak|ehud|ayelet|amichai|shlomo|' +
    // (Of technology and Latin American copy: "Melanie Dawes, Ofcom's chief executive", "Colette Kress".)
    'melanie|colette|ivanka|gail|lina|volker|alexandre|bernardo|sundar|satya|jensen|elon|karoline|rosario|camila|juliana|margrethe|jair'
  ).split('|'),
);
