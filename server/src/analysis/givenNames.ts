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
    'teresa|roberta|hakeem|mike|tulsi|kash|kristi|pam|howard'
  ).split('|'),
);
