"""Common given names, as evidence that a capitalised pair of words names a person, and of
the pronoun a speaker takes.

Lower case.  From the US Census Bureau's 1990 frequency lists of first names (public domain):
all male names and the 2,500 most frequent female names, less those that are also places,
months, virtues or common nouns ("Georgia", "June", "Hope", "Star"); a name given to one sex
more than three times as often as to the other is listed under that sex, the rest as
either.  Pure data, no imports.
"""

FEMALE = frozenset(
    """
    abbey abbie abby abigail ada addie adela adelaida adelaide adele adelia adelina adeline adell
    adella adelle adina adria adriana adriane adrianna adrianne adrienne afton agatha agnes
    agustina aida aileen aimee aisha aja akiko alaina alana alanna alba alberta albertha albertina
    albertine albina alda alecia alejandra alejandrina alena alene alesha alesia aleta aletha
    alethea alethia alexa alexandra alexandria alexia alfreda alia alica alice alicia alida alina
    aline alisa alisha alison alissa allene allie allison allyson alma almeda alpha alta altagracia
    altha althea alvina alyce alycia alysha alysia alyson alyssa amada amalia amanda amelia ami
    amie amina amparo amy ana anabel anastacia anastasia andra andrea andree andria anette angela
    angelia angelica angelika angelina angeline angelique angelita angella angie anglea anh anika
    anissa anita anitra anjanette ann anna annabel annabelle annamarie anne anneliese annemarie
    annetta annette annie annmarie antionette antoinette antonette antonia antonina anya araceli
    aracely arcelia ardella ardis ardith aretha ariana arianna arielle arleen arlene arlette arline
    armida arnetta artie asha ashely ashlee ashleigh ashley ashli ashlie ashly ashton astrid
    asuncion athena audra audrey audry augusta aura aurea aurelia aurora ava avelina avis awilda
    ayana ayanna ayesha babara babette bailey bambi barb barbara barbie barbra bea beatrice beatriz
    beckie becky belen belia belinda bella belva benita berenice bernadette bernadine bernice
    berniece bernita berta bertha bertie beryl bess bessie beth bethany bethel betsy bette bettie
    bettina betty bettye beulah beverlee beverley beverly bianca billie billye birdie birgit blanca
    blanch blanche bobbi bobbie bobbye bonita bonnie bonny brandee brandi brandie brandy breanna
    breanne bree brenda brenna briana brianna brianne bridget bridgett bridgette brigette brigid
    brigitte britany britney britni brittani brittany brittney brittni brook brooke brunilda buffy
    caitlin caitlyn callie camelia cami camilla camille cammie candace candance candelaria candi
    candice candida candie candis caprice cara caren cari caridad carie carin carina carissa carla
    carleen carlene carletta carline carlota carlotta carly carlyn carma carman carmel carmela
    carmelita carmella carmen carol carolann carole carolee caroline carolyn carolynn caron carri
    carrie caryl caryn casandra casie cassandra cassidy cassie catalina catharine catherine cathi
    cathie cathleen cathrine cathryn cathy catina catrina cecelia cecila cecile cecilia cecily
    celeste celestina celestine celia celina celine chana chanda chandra chanel chantal chantel
    chantelle charissa charisse charla charleen charlene charlette charline charlotte charmaine
    charolette chasity chastity chaya chelsey chelsie cheri cherie cherise cherly cherri cherrie
    cherry cheryl cheryle cheyenne chin chiquita chloe chrissy christa christal christel christen
    christene christi christiana christiane christie christin christina christine christy chrystal
    chun ciara ciera cierra cinda cindi cindy cinthia claire clara clare claribel clarice clarissa
    claudette claudia claudine clementina clementine cleta coleen colette colleen collette
    concepcion concetta conchita connie constance consuela consuelo cora coral corazon cordelia
    coreen corene coretta cori corina corine corinna corinne cornelia corrie corrina corrine
    cortney courtney crista cristal cristi cristin cristina cristine cristy cyndi cynthia cythia
    dahlia daisey dalia dalila damaris danelle danette dani dania danica daniela daniele daniella
    danielle danita danna dannielle danyelle daphne dara darci darcie darcy daria darla darleen
    darlene darline davida davina dawna dayle dayna deana deann deanna deanne deb debbi debbie
    debbra debby debi debora deborah debra debrah debroah dedra dee deeann deena deidra deidre
    deirdre delana delfina delia delilah delinda delisa della delma delois delora delores deloris
    delphia delphine delta demetra demetria dena deneen denice denise denita denna dennise desirae
    desiree dessie devona diamond dian diana diane diann dianna dianne dina dinah dionne dixie
    dollie dolly dolores domenica dominga dominque dona donita donna dora dorcas doreen dorene
    doretha dori dorinda dorine doris dorotha dorothea dorothy dorris dortha dorthea dorthy dottie
    dovie drucilla dulce earlene earline earnestine eartha eboni ebony eda edelmira eden edie edith
    edna edwina edythe effie eileen elaina elaine elana elayne elba elda eldora eleanor eleanora
    eleanore elease elena elenor elenora elfriede elia elida elinor elisa elisabeth elise elissa
    eliza elizabeth elizbeth elizebeth ella ellen ellie ellyn elma elmira elna elnora elodia eloisa
    eloise elouise elsa else elsie elva elvera elvia elvira elyse ema emelia emilee emilia emilie
    emily emma emmie emmy emogene ena enedina enid enola enriqueta era erica ericka erika erin
    erlene erlinda erma erna ernestina ernestine esmeralda esperanza essie esta estela estell
    estella estelle ester esther estrella ethel ethelyn ethyl etta eugenia eugenie eula eulalia eun
    eunice eva evalyn evangelina evangeline evelia evelina eveline evelyn evelyne evette evie evon
    evonne fabiola fallon fannie fanny farah farrah fatima fawn fay faye felecia felica felice
    felicia felicita felicitas felipa felisa felisha fern ferne filomena fiona flavia flo flor
    flora florance florencia florene florentina florinda florine flossie floy fonda fran frances
    francesca francine francisca freda frederica fredia freeda freida frieda gabriela gabriele
    gabriella gabrielle gail garnet garnett gaye gayla gayle gaynell gemma gena geneva genevieve
    genoveva georgene georgetta georgette georgiana georgianna georgie georgina geraldine geralyn
    gerda geri germaine gerri gertie gertrud gertrude gia gigi gilda gillian gina ginny giovanna
    gisela gisele giselle gladis glady gladys glenda glendora glenna gloria glory golda goldie
    gracia gracie graciela gregoria greta gretchen gretta griselda guillermina gussie gwen
    gwendolyn hae hailey haley halina hallie hana hanna hannah hannelore harmony harriet harriett
    harriette hattie haydee hayley hazel heather hedwig heide heidi helen helena helene helga
    hellen henrietta henriette herlinda hermelinda hermine herminia hester hettie hilary hilda
    hildegard hillary hilma hiroko hoa holley holli hollie hortencia hortense hortensia hui hulda
    huong hyun ida idalia idell idella iesha ignacia ila ileana ilene iliana ilona ilse ima imelda
    imogene ina ines inez inga inge ingeborg ingrid iola iona ione irena irene irma irmgard isabel
    isabell isabella isabelle isela iva ivette ivonne jacalyn jacinta jackeline jacki jacklyn
    jaclyn jacque jacquelin jacqueline jacquelyn jacquline jacqulyn jada jaimie jami jamila jammie
    jana janae jane janeen janel janell janelle janene janessa janet janeth janett janetta janette
    janey janice janie janina janine janis janna jannette jannie jaqueline jasmin jasmine jaunita
    jayme jayne jazmin jazmine jean jeana jeane jeanetta jeanette jeanie jeanine jeanna jeanne
    jeannette jeannie jeannine jena jenell jenelle jenette jeni jenifer jeniffer jenise jenna
    jennefer jennette jenni jennie jennifer jenniffer jenny jeraldine jeri jerilyn jerri jerrie
    jesenia jesica jessi jessica jettie jewel jewell jill jillian jin jina joan joana joanie joann
    joanna joanne jocelyn jodee jodi jodie joelle joellen joetta johanna johnetta johnna joi joleen
    jolene jolie jolynn jonell jonelle joni jonna jonnie josefa josefina joselyn josephina
    josephine josette josie jovita joyce joycelyn joye juana juanita judi judie judith judy juli
    julia juliana juliann julianna julianne julie juliet julieta juliette julissa jung justina
    justine jutta kacey kaci kacie kaitlin kaitlyn kala kali kami kandace kandi kandice kandy kara
    karan karen karey kari karie karin karina karissa karla karlene karol karolyn karon karren
    karri karrie karyn kasandra kassandra kate katelyn kathaleen katharina katharine katherin
    katherine kathern katheryn kathi kathie kathleen kathlene kathlyn kathrine kathryn kathryne
    kathy kathyrn kati katie katina katrina kattie katy kay kaye kayla kaylee kayleigh kaylene
    kecia keely keesha keiko keisha keli kelley kelli kellie kelly kelsey kelsie kendra kenna
    kenyatta kenyetta keri kerri kerrie kesha keshia kia kiara kiera kiesha kiley kim kimber
    kimberely kimberlee kimberley kimberli kimberly kindra kira kirsten kirstin kisha kitty kizzy
    kori kourtney krista kristal kristan kristen kristi kristian kristie kristin kristina kristine
    kristy kristyn krystal krystle krystyna kum kyla kylee kylie kyong kyra kyung lacey laci lacie
    ladonna lai laila lakeisha lakesha lakeshia lakisha lan lana lanette lani lanita laquita lara
    larae larhonda larisa larissa larue lashanda lashawn lashonda lashunda latanya latasha laticia
    latisha latonia latonya latoria latosha latoya latrice latricia latrina laura laureen laurel
    lauren laurene lauretta laurette lauri laurie lavada laverna laverne lavina lavinia lavon
    lavonda lavonne lawana lawanda lea leah leana leandra leann leanna leanne leatha leatrice leda
    leeann leesa leigh leila leilani leisa lela lelia lena lenna lennie lenora lenore leola leona
    leonarda leone leonor leonora leora leota lera lesa lesia leslee lesley lesli lessie leta letha
    leticia letitia lettie letty lia liana liane libby lida lidia lien ligia lila lilia lilian
    liliana lilla lillian lillie lilly lin lina linda lindsay lindsey lindy linette linh linnea
    linnie linsey lisa lise lisette lissa lissette lita liz liza lizabeth lizbeth lizette lizzie
    loan lois lola lolita lona loni lonna lora loraine loree loreen lorelei lorena lorene lorenza
    loretta lori lorie lorinda lorine lorna lorraine lorretta lorri lorrie lottie lou louann
    louella louisa louise lourdes louvenia lovie loyce luana luann luanne lucia luciana lucie
    lucienne lucila lucile lucille lucina lucinda lucrecia lucretia lucy lue luella luisa lula lulu
    lupe lupita lura lurline luvenia luz lyda lydia lyla lyn lynda lyndsay lyndsey lynette lynn
    lynne lynnette mabel mable machelle mackenzie madaline madalyn madeleine madeline madelyn madge
    madie madonna mae maegan magaly magda magdalena magdalene maggie magnolia mai maida maira
    majorie malia malika malinda malisa malissa mallory mamie mandi mandy manuela mara maranda
    marcela marcelina marcella marcelle marci marcia marcie marcy maren margaret margarete
    margarett margarette margarita margarite marge margeret margery margie margit margo margot
    margret marguerite margurite mari maria mariah mariam marian mariana mariann marianna marianne
    maribel maribeth maricela marie mariel mariela marietta marilee marilou marilyn marilynn marina
    marisa marisela marisol marissa marita maritza marjorie marjory marla marleen marlena marlene
    marlo marlyn marlys marna marni marnie marquerite marquita marry marsha marta martha marti
    martina martine marva marvel mary maryann maryanne marybeth maryellen maryjane maryjo marylee
    marylin marylou marylyn masako mathilda matilda matilde mattie maud maude maudie maura maureen
    maurine mavis maxie maxine maya maybelle mayme mayra mazie mckenzie meagan meaghan mechelle mee
    meg megan meghan mei melanie melba melina melinda melisa melissa mellisa mellissa melodie
    melody melonie melony melva melvina mercedes meredith merilyn merlene merri merry meryl meta
    mia micaela michaela michele michell michelle michiko micki mickie migdalia mikki mila milagros
    mildred milissa millicent mimi min mina mindi mindy minerva minnie mira miranda mireya miriam
    mirian mirna mirta missy misti misty mittie mitzi modesta moira mollie molly mona monica monika
    monique mozell mozelle mui muriel myong myra myriam myrna myrtice myrtie myrtis myrtle nada
    nadia nadine nakia nakisha nan nanci nancy nanette nannette nannie naoma naomi natalia natalie
    natasha nathalie natividad nedra nelda nelia nelida nell nella nelle nellie nelly nena neoma
    nereida neta nettie neva nga ngoc nia nichelle nichol nichole nicki nickie nicola nicolasa
    nicole nicolette nicolle nidia niki nikia nikita nikki nikole nila nilda nilsa nina ninfa nita
    noelia noella noelle noemi nola nona nora noreen norene norine norma nova novella nydia ocie
    octavia odessa odette ofelia ola oleta olga oliva olive olivia olympia oma ona oneida opal
    ophelia ora oralia orpha ossie otilia ouida paige palma pam pamala pamela pamelia pamella pansy
    paola particia patrica patrice patricia patrina patsy patti pattie patty paula paulette paulina
    pauline pearle pearlie pearline peggie peggy penelope pennie perla petra phillis philomena
    phoebe phuong phylis phyliss phyllis pia pilar pinkie piper polly portia pricilla priscilla
    prudence queenie quiana rachael racheal rachel rachele rachell rachelle racquel rae rafaela
    raina ramona ramonita rana randa randi raquel rashida raven rayna reba rebbecca rebeca rebecca
    rebekah regan regena regina reina rena renae renata renate renea renee renita reta retha retta
    reva reyna rhea rhiannon rhoda rhonda richelle rikki rina risa rita robbin roberta robyn
    rochelle rocio rolanda roma romana romelia romona rona ronda roni ronna ronni rosa rosalba
    rosalee rosalia rosalie rosalina rosalind rosalinda rosaline rosalva rosalyn rosamond rosanna
    rosanne rosaria rosario rosaura rose roseann roseanna roseanne rosella roselyn rosemarie
    rosemary rosetta rosie rosina rosita roslyn rowena roxana roxane roxann roxanna roxanne roxie
    rubie rubye rufina ruth ruthann ruthie sabina sabine sabra sabrina sachiko sade sadie salena
    salina sallie sally salome samantha samara samatha sandi sandra sanjuana sanjuanita santa sara
    sarah sarina sarita sasha saundra scarlett selena selina selma serena serina sha shaina shakira
    shalonda shameka shamika shana shanda shandra shaneka shanell shani shanice shanika shanita
    shanna shannan shannon shanon shanta shante shantel shantell shara sharee sharen shari sharita
    sharla sharlene sharon sharonda sharron sharyn shasta shauna shavon shawanda shawna shawnda
    shawnee shay shayla shayna shea sheena sheila shelba shelia shelley shelli shellie shelly shena
    sheree sheri sherie sherilyn sherita sheron sherri sherrie sherrill sherron sherry sherryl
    sheryl shiela shirlee shirlene shirley shirly shona shonda shonna shu sibyl sierra signe sigrid
    silvia simona simone siobhan skye socorro sofia soledad sommer sondra sonia sonja sonya soo
    soon sophia sophie spring stacey staci stacia stacie stacy starla starr stefani stefanie stella
    stephaine stephane stephani stephanie stephany stephenie stephine stormy sudie sue suellen suk
    sunny sunshine susan susana susann susanna susannah susanne susie suzan suzann suzanna suzanne
    suzette suzie suzy sybil syble sylvia tabatha tabitha talia tamala tamar tamara tamatha tameka
    tamela tamera tami tamie tamika tamiko tammi tammie tammy tamra tana tanesha tangela tania
    tanika tanisha tanja tanna tanya tara tarah tarsha taryn tasha tatiana tawana tawanda tawanna
    tawny tawnya teena tena tenisha teodora tera teresa terese teresita teressa teri terra terresa
    terri terrie tess tessa tessie thalia thea theda thelma theodora theresa therese theresia
    thersa thomasina thresa thuy tia tiana tiara tierra tiesha tiffani tiffanie tiffany tiffiny
    tillie tina tisha tomasa tomeka tomika toni tonia tonie tonja tonya tori tosha toya tracee
    tracey traci tracie tracy trena tresa tressa tressie treva tricia trina trish trisha trista
    trudi trudie trudy twana twila twyla tyesha tyra una ursula vada valarie valda valencia
    valentina valeria valerie vallie valorie vanesa vanessa vannessa veda velda velia velma velva
    velvet vena venessa venice venita venus vera verda vergie verla verna vernell vernetta vernice
    vernie vernita verona veronica versie vesta vicenta vickey vicki vickie vicky victoria vida
    vikki vilma vina vincenza vinnie viola violet violeta violette virgie virgina vita viva vivan
    vivian viviana vivien vivienne vonda vonnie wai wanda wanita wendi wendy whitney wilda
    wilhelmina willa willene wilma windy winifred winnie winnifred winona wynona xiomara yadira
    yasmin yen yesenia yetta ying yoko yolanda yolande yolonda yoshiko yun yvette yvonne zaida
    zandra zelda zella zelma zena zenaida zenobia zina zita zoe zoila zola zona zora zoraida zula
    zulema zulma
    """.split()
)
MALE = frozenset(
    """
    aaron abdul abe abel abraham abram adalberto adam adan adolfo adolph adrian agustin ahmad ahmed
    alan albert alberto alden aldo alec alejandro alex alexander alfonso alfonzo alfred alfredo ali
    allan allen alonso alonzo alphonse alphonso alton alvaro alvin amado ambrose amos anderson
    andre andreas andres andrew andy angelo anibal anthony antione antoine anton antone antonio
    antony antwan archie arden arlen arlie armand armando arnold arnoldo arnulfo aron arron arthur
    arturo asa augustus aurelio avery barney barrett barry bart barton basil beau ben benedict
    benito benjamin bennett bennie benny benton bernard bernardo bernie berry bert bertram bill
    billy blaine blake bob bobby booker boris boyce boyd brad bradford bradley bradly brady brain
    branden brandon brant brendan brendon brent brenton bret brett brian brice brock broderick
    brooks bruce bruno bryan bryant bryce bryon bud buddy buford burl burt burton buster byron
    caleb calvin cameron carl carlo carlos carlton carmelo carmine carroll carson carter cary cecil
    cedric cedrick cesar chad chadwick chang charles charley charlie chas chase chauncey chester
    chet chris christian christoper christopher chuck clarence clark claud claude claudio clay
    clayton clement clemente cletus cleveland cliff clifford clifton clint clinton clyde cody colby
    cole coleman colin collin colton columbus conrad cordell corey cornelius cornell cortez cory
    coy craig cristobal cristopher curt curtis cyril cyrus dale dalton damian damien damion damon
    dan dane danial daniel danilo dannie danny dante darell daren darin dario darius darnell daron
    darrel darrell darren darrick darrin darron darryl darwin daryl dave david davis dean deandre
    deangelo delbert delmar delmer demarcus demetrius denis dennis denny deon derek derick derrick
    deshawn desmond devin dewayne dewey dewitt dexter dick diego dillon dino dion dirk domenic
    domingo dominic dominick don donald dong donn donnell donnie donny donovan donte dorsey doug
    douglas douglass doyle drew duane dudley duncan dustin dwain dwayne dwight dylan earl earle
    earnest eddie eddy edgar edgardo edison edmond edmund edmundo eduardo edward edwardo edwin
    efrain efren elbert elden eldon eldridge eli elias elijah eliseo elliot elliott ellis ellsworth
    elmer elmo eloy elroy elton elvin elvis elwood emanuel emerson emery emil emile emilio emmanuel
    emmett emmitt emory enoch enrique erasmo eric erich erick erik ernest ernesto ernie errol ervin
    erwin esteban ethan eugene eugenio eusebio evan everett everette ezekiel ezequiel ezra fabian
    faustino fausto federico felipe felix felton ferdinand fermin fernando fidel filiberto fletcher
    florencio florentino floyd forrest foster francesco francis francisco frank franklin franklyn
    fred freddie freddy frederic frederick fredric fredrick freeman fritz gabriel galen garfield
    garland garret garrett garry garth gary gaston gavin gaylord genaro gene geoffrey george gerald
    geraldo gerard gerardo gil gilbert gilberto gino giovanni giuseppe glen glenn gonzalo gordon
    grady graham graig grant granville greg gregg gregorio gregory grover guillermo gus gustavo guy
    hai hal hank hans harlan harland harley harold harris harrison harry harvey hassan hayden
    haywood heath hector henry herb herbert heriberto herman herschel hershel hilario hilton
    hipolito hiram hobert hollis homer horace horacio hosea howard hoyt hubert huey hugh hugo
    humberto hung hyman ian ignacio ike ira irvin irving irwin isaac isaiah isaias isiah isidro
    ismael isreal issac ivan jacinto jack jacob jacques jae jake jamaal jamal jamar jame jamel
    james jamey jamison jared jarod jarred jarrett jarrod jarvis jason jasper javier jay jayson jed
    jeff jefferey jefferson jeffery jeffrey jeffry jerald jeramy jere jeremiah jeremy jermaine
    jerold jerome jeromy jerrell jerrod jerrold jerry jess jesse jesus jim jimmie jimmy joaquin joe
    joel joesph joey john johnathan johnathon johnny johnson jon jonah jonas jonathan jonathon
    jordon jorge jose josef joseph josh joshua josiah jospeh josue juan jude judson jules julian
    julio julius justin kareem karl keenan keith kelvin ken kendall kendrick keneth kenneth kennith
    kenny kent kenton kermit keven kevin kieth kip kirby kirk korey kory kraig kristofer kristopher
    kurt kurtis kyle lamar lamont lance landon lanny larry laurence lawerence lawrence lazaro
    leandro lee leif leland lemuel len lenard lenny leo leon leonard leonardo leonel leopoldo leroy
    les lester levi lewis lino linwood lionel lloyd logan lon lonnie lonny loren lorenzo louie
    louis lowell loyd lucas luciano lucien lucio lucius luigi luis luke luther lyle lyman lyndon
    lynwood mac mack malcolm malcom malik manual manuel marc marcel marcelino marcellus marcelo
    marco marcos marcus margarito mariano mario mark markus marlin marlon marquis marshall martin
    marty marvin mason mathew matt matthew maurice mauricio mauro max maximo maxwell maynard
    mckinley mel melvin merlin merrill mervin micah michael michal michale micheal michel mickey
    miguel mike mikel milan miles milford millard milo milton minh miquel mitch mitchel mitchell
    modesto mohamed mohammad mohammed moises monroe monte monty morris morton mose moses moshe
    murray myles myron napoleon nathan nathanael nathanial nathaniel neal ned neil nelson nestor
    neville newton nicholas nick nickolas nicolas nigel noah noble noe noel nolan norbert norberto
    norman normand norris octavio odell odis olen olin oliver omar omer oren orlando orval orville
    oscar osvaldo oswaldo otha otis otto owen pablo palmer parker pasquale patrick paul pedro percy
    perry pete peter phil philip phillip pierre porfirio porter preston quentin quincy quinn
    quintin quinton rafael raleigh ralph ramiro ramon randal randall randell randolph randy raphael
    rashad raul ray rayford raymon raymond raymundo refugio reggie reginald reid reinaldo renaldo
    renato reuben rex rey reyes reynaldo rhett ricardo richard richie rick rickey rickie ricky rico
    rigoberto riley rob robby robert roberto robt rocco rod roderick rodger rodney rodolfo rodrick
    rodrigo rogelio roger roland rolando rolf rolland roman romeo ron ronald ronnie ronny roosevelt
    rory roscoe rosendo ross roy royce ruben rubin rudolf rudolph rudy rueben rufus rupert russ
    russel russell ryan sal salvador salvatore sam sammy samual samuel sanford santiago santo
    santos saul scot scott scottie scotty sean sebastian sergio seth seymour shad shane shaun shawn
    shayne sheldon shelton sherman sherwood shon sid sidney silas simon sol solomon sonny spencer
    stan stanford stanley stanton stefan stephan stephen steve steven stevie stewart stuart
    sylvester tad tanner ted teddy teodoro terence terrance terrell terrence terry thad thaddeus
    theo theodore theron thomas thurman tim timmy timothy titus tobias toby tod todd tom tomas
    tommy toney tony tory travis trent trenton trevor trey tristan troy truman tuan tyler tyree
    tyrell tyron tyrone tyson ulysses val valentin valentine vance vaughn vern vernon vicente
    victor vince vincent vincenzo virgil virgilio vito wade waldo walker wallace wally walter
    walton ward warner warren waylon wayne weldon wendell werner wes wesley weston wilber wilbert
    wilbur wilburn wiley wilford wilfred wilfredo will willard william williams willian willie
    willis willy wilmer wilson wilton winford winfred winston woodrow wyatt xavier zachariah
    zachary zachery zack zackary zane
    """.split()
)
EITHER = frozenset(
    """
    alexis alva ariel aubrey augustine blair britt carey carrol casey chi chong chung clair cleo
    cruz dana devon dominique dorian elisha frankie gale gerry guadalupe hong ivory jackie jaime
    jamie jan jessie jody johnie johnnie kasey kerry kris lavern leslie marion merle morgan nicky
    numbers ollie pat rene robbie sammie sang shelby sung taylor thanh tommie trinidad yong
    """.split()
)
ALL = FEMALE | MALE | EITHER
